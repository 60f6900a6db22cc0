package io.github.ldmlib.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.ModelClasses;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.ModelProperty.Holding;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metamodel is complete and exact, proved against the classes themselves rather than against
 * a second description: each type's properties are the attributes Immutables generates for the
 * class (its abstract accessors, defaulted and derived ones, in the order of the generated
 * class's fields) or the record's components, each held as its accessor returns it; what is
 * required, defaulted or derived is what the generated builder makes of it; and every value type a
 * document holds has a model type.
 */
class ModelTypeTest {

  /** Scalars of the model: written as JSON strings, not objects. */
  private static final Set<Class<?>> SCALARS = Set.of(Uai.class, SchoolYear.class, JsonPointer.class,
      DocumentKind.class);

  static List<ModelType<?>> types() {
    return ModelType.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void thePropertiesAreTheAttributesOfTheClassInTheirOrder(ModelType<?> type) throws Exception {
    assertThat(type.properties()).extracting(ModelProperty::name).as(type.name())
        .containsExactlyElementsOf(attributes(type.type()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void eachPropertyIsHeldAsItsAccessorReturnsIt(ModelType<?> type) {
    for (ModelProperty<?> property : type.properties()) {
      Method accessor = property.method();
      assertThat(accessor.getName()).isEqualTo(property.name());
      assertThat(accessor.getParameterCount()).isZero();
      assertThat(accessor.getDeclaringClass()).isAssignableFrom(type.type());
      Type returned = accessor.getGenericReturnType();
      Class<?> raw = raw(returned);
      Holding holding;
      Class<?> value;
      if (raw == Optional.class) {
        holding = Holding.OPTIONAL;
        value = raw(argument(returned));
      } else if (raw == OptionalInt.class) {
        holding = Holding.OPTIONAL_INT;
        value = int.class;
      } else if (raw == List.class) {
        holding = Holding.LIST;
        value = raw(argument(returned));
      } else if (raw == Set.class) {
        holding = Holding.ENUM_SET;
        value = raw(argument(returned));
        assertThat(value.isEnum()).as("%s holds enum constants", property).isTrue();
      } else {
        holding = Holding.ONE;
        value = raw;
      }
      assertThat(property.holding()).as("holding of %s", property).isEqualTo(holding);
      assertThat(property.valueClass()).as("value class of %s", property).isEqualTo(value);
      assertThat(property.modelType()).as("model type of %s", property).isEqualTo(ModelType.of(value));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void requiredDefaultedAndDerivedAreWhatTheBuilderMakesOfEachProperty(ModelType<?> type) throws Exception {
    for (ModelProperty<?> property : type.properties()) {
      boolean required;
      boolean derived;
      if (type.type().isRecord()) {
        required = property.holding() == Holding.ONE;
        derived = false;
      } else {
        // Immutables marks each mandatory attribute with an init bit; a derived one has no setter.
        Class<?> builder = Class.forName(implementation(type.type()).getName() + "$Builder");
        required = Arrays.stream(builder.getDeclaredFields())
            .anyMatch(f -> f.getName().equals("INIT_BIT_" + constantCase(property.name())));
        derived = Arrays.stream(builder.getMethods()).noneMatch(m -> m.getParameterCount() == 1
            && (m.getName().equals(property.name()) || m.getName().equals("addAll" + capitalized(property.name()))));
      }
      assertThat(property.required()).as("%s is required", property).isEqualTo(required);
      assertThat(property.derived()).as("%s is derived", property).isEqualTo(derived);
      boolean defaulted = property.holding() == Holding.ONE && !required && !derived;
      assertThat(property.defaultValue().isPresent()).as("%s has a default", property).isEqualTo(defaulted);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void anInstanceIsAssembledFromItsRequiredPropertiesAloneAndHoldsTheDefaults(ModelType<?> type) throws Exception {
    Object instance = minimal(type);
    assertThat(instance).isInstanceOf(type.type());
    for (ModelProperty<?> property : type.properties()) {
      Object value = read(property, instance);
      assertThat(value).as("%s read by its function", property).isEqualTo(property.method().invoke(instance));
      if (property.defaultValue().isPresent()) {
        assertThat(value).as("default of %s", property).isEqualTo(property.defaultValue().get());
      }
    }
  }

  @Test
  void everyValueTypeADocumentHoldsHasAModelType() throws Exception {
    Set<Class<?>> reached = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>();
    DocumentKind.values().forEach(k -> queue.add(k.type()));
    while (!queue.isEmpty()) {
      Class<?> type = queue.pop();
      if (!type.getPackageName().startsWith("io.github.ldmlib.model") || type.isEnum() || SCALARS.contains(type)
          || !reached.add(type)) {
        continue;
      }
      for (String attribute : attributes(type)) {
        Type returned = type.getMethod(attribute).getGenericReturnType();
        Class<?> raw = raw(returned);
        queue.add(raw == Optional.class || raw == List.class || raw == Set.class ? raw(argument(returned)) : raw);
      }
    }
    Set<Class<?>> described = ModelType.all().stream().map(ModelType::type).collect(Collectors.toSet());
    assertThat(described).as("the types documents hold").containsExactlyInAnyOrderElementsOf(reached);
    assertThat(ModelType.all()).doesNotHaveDuplicates();

    for (Class<?> type : ModelClasses.all()) {
      boolean valueType = implementationOf(type).isPresent();
      assertThat(valueType && ModelType.of(type).isEmpty()).as("%s is a value type without a model type", type)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void aTypeIsFoundByItsClassOrItsImplementationAndNamedAfterIt(ModelType<?> type) {
    assertFound(type);
  }

  private static <T> void assertFound(ModelType<T> type) {
    assertThat(ModelType.of(type.type()).orElseThrow()).isSameAs(type);
    implementationOf(type.type()).ifPresent(impl -> assertThat(ModelType.of(impl).orElseThrow()).isSameAs(type));
    assertThat(type.name()).isEqualTo(type.type().getSimpleName());
    assertThat(type.description()).isNotBlank().endsWith(".");
    for (ModelProperty<T> property : type.properties()) {
      assertThat(type.property(property.name()).orElseThrow()).isSameAs(property);
      assertThat(property.accessor()).isSameAs(property.accessor());
    }
    assertThat(type.property("noSuchProperty")).isEmpty();
  }

  @Test
  void scalarsInterfacesAndOtherClassesHaveNoModelType() {
    for (Class<?> type : List.of(String.class, Uai.class, SchoolYear.class, JsonPointer.class, DocumentKind.class,
        Initiative.class, Holding.class, Dossier.Builder.class, Object.class, int.class)) {
      assertThat(ModelType.of(type)).as("%s", type).isEmpty();
    }
  }

  @Test
  void noDocumentTypeHasAPropertyNamedLikeTheHeaderOfItsJsonForm() {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(ModelType.of(kind.type()).orElseThrow().properties()).extracting(ModelProperty::name)
          .doesNotContain("kind", "formatVersion");
    }
  }

  @Test
  void anAssemblySetsEachPropertyOnceAndNamesWhatIsMissing() {
    ModelType<? super Person> person = ModelType.of(Person.class).orElseThrow();
    assertAssembly(person);
    ModelType<? super SourceRef> ref = ModelType.of(SourceRef.class).orElseThrow();
    assertThat(assemble(ref, Map.of("document", "Guide", "section", "F. Critère 4")))
        .isEqualTo(SourceRef.of("Guide", "F. Critère 4"));
    assertThat(assemble(ref, Map.of("document", "Guide", "edition", "janvier 2024", "section", "F")))
        .isEqualTo(SourceRef.of("Guide", "janvier 2024", "F"));
    assertWrongClassRefused(ModelType.of(Requirement.class).orElseThrow());
  }

  private static <T> void assertWrongClassRefused(ModelType<T> requirement) {
    ModelProperty<T> networkOnly = property(requirement, "networkOnly");
    assertThatThrownBy(() -> requirement.assemble().set(networkOnly, "yes")).isInstanceOf(ClassCastException.class);
  }

  private static <T> void assertAssembly(ModelType<T> person) {
    ModelType.Assembly<T> assembly = person.assemble();
    ModelProperty<T> lastName = property(person, "lastName");
    assertThat(assembly.missing()).containsExactly(lastName);
    assertThatThrownBy(assembly::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Person: required properties not set [lastName]");
    assembly.set(lastName, "Benali");
    assertThat(assembly.isSet(lastName)).isTrue();
    assertThat(assembly.missing()).isEmpty();
    assertThatThrownBy(() -> assembly.set(lastName, "Garnier")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Person.lastName is already set");
    assertThat(assembly.build()).isEqualTo(Person.builder().lastName("Benali").build());

    @SuppressWarnings("unchecked")
    ModelProperty<T> foreign = (ModelProperty<T>) ModelType.of(SourceRef.class).orElseThrow().properties().get(0);
    assertThatThrownBy(() -> assembly.set(foreign, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SourceRef.document is not a property of Person");
    assertThatThrownBy(() -> assembly.set(property(person, "firstName"), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDerivedPropertyCannotBeSet() {
    ModelType<?> report = ModelType.all().stream().filter(t -> t.name().equals("ConformityReport")).findFirst()
        .orElseThrow();
    assertDerivedRefused(report);
  }

  private static <T> void assertDerivedRefused(ModelType<T> report) {
    ModelProperty<T> verdict = property(report, "verdict");
    assertThat(verdict.derived()).isTrue();
    assertThatThrownBy(() -> report.assemble().set(verdict, "CONFORMING"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ConformityReport.verdict is derived: the model derives it, it cannot be set");
  }

  // ------------------------------------------------------------------ helpers

  private static <T> ModelProperty<T> property(ModelType<T> type, String name) {
    return type.property(name).orElseThrow();
  }

  private static <T> T assemble(ModelType<T> type, Map<String, Object> values) {
    ModelType.Assembly<T> assembly = type.assemble();
    values.forEach((name, value) -> assembly.set(property(type, name), value));
    return assembly.build();
  }

  /** An instance with every required property set to a sample value, and nothing else. */
  private static <T> T minimal(ModelType<T> type) {
    ModelType.Assembly<T> assembly = type.assemble();
    for (ModelProperty<T> property : type.properties()) {
      if (property.required()) {
        assembly.set(property, sample(property));
      }
    }
    return assembly.build();
  }

  private static Object sample(ModelProperty<?> property) {
    Class<?> value = property.valueClass();
    if (property.modelType().isPresent()) {
      return minimal(property.modelType().get());
    } else if (value.isEnum()) {
      return value.getEnumConstants()[0];
    } else if (value == int.class) {
      return 1;
    } else if (value == LocalDate.class) {
      return LocalDate.of(2026, 3, 16);
    } else if (value == YearMonth.class) {
      return YearMonth.of(2026, 1);
    } else if (value == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (value == Uai.class) {
      return Uai.parse("0750654D");
    } else if (value == SchoolYear.class) {
      return SchoolYear.parse("2024-2025");
    } else if (value == JsonPointer.class) {
      return JsonPointer.root();
    } else if (value == DocumentKind.class) {
      return DocumentKind.DOSSIER;
    } else if (property.name().equals("language")) {
      return "fr";
    }
    assertThat(value).as("sample of %s", property).isEqualTo(String.class);
    return "x";
  }

  @SuppressWarnings("unchecked")
  private static <T> Object read(ModelProperty<T> property, Object instance) {
    return property.accessor().apply((T) instance);
  }

  /** The attributes of a class: a record's components, or the fields of its generated implementation. */
  private static List<String> attributes(Class<?> type) throws ClassNotFoundException {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    return Arrays.stream(implementation(type).getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
        .map(Field::getName)
        .toList();
  }

  private static Class<?> implementation(Class<?> type) throws ClassNotFoundException {
    return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
  }

  private static Optional<Class<?>> implementationOf(Class<?> type) {
    try {
      Class<?> impl = implementation(type);
      return type.isAssignableFrom(impl) ? Optional.of(impl) : Optional.empty();
    } catch (ClassNotFoundException none) {
      return Optional.empty();
    }
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  /** {@code referentialId} as Immutables names its constants: {@code REFERENTIAL_ID}. */
  private static String constantCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
