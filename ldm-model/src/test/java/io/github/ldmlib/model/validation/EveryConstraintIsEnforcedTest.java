package io.github.ldmlib.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.ModelClasses;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor.ConstraintFinder;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against the fluent-accessor trap: a stock Hibernate Validator sees no property on {@code
 * title()}-style accessors and silently validates nothing. For every constrained accessor of every
 * model type, the shared validator must know the property and every constraint declared on it,
 * including container-element constraints and cascades.
 */
class EveryConstraintIsEnforcedTest {

  @Test
  void theValidatorSeesEveryConstrainedAccessorOfEveryModelType() throws Exception {
    List<Class<?>> types = modelTypes();
    assertThat(types).hasSizeGreaterThan(30);
    List<String> checked = new ArrayList<>();
    for (Class<?> type : types) {
      BeanDescriptor bean = LdmValidation.validator(Locale.FRENCH).getConstraintsForClass(type);
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
            || !method.getDeclaringClass().getPackageName().startsWith("io.github.ldmlib.model")) {
          continue;
        }
        Set<Class<?>> declared = constraintsOn(method.getAnnotations());
        boolean cascaded = method.isAnnotationPresent(Valid.class);
        Set<Class<?>> elementConstraints = typeArgumentConstraints(method.getAnnotatedReturnType());
        boolean elementCascaded = typeArgumentCascaded(method.getAnnotatedReturnType());
        if (declared.isEmpty() && !cascaded && elementConstraints.isEmpty() && !elementCascaded) {
          continue;
        }
        String where = type.getSimpleName() + "." + method.getName() + "()";
        PropertyDescriptor property = bean.getConstraintsForProperty(method.getName());
        assertThat(property).as("validator sees %s", where).isNotNull();
        ConstraintFinder finder = property.findConstraints();
        Set<Class<?>> seen = finder.getConstraintDescriptors().stream()
            .map(d -> (Class<?>) d.getAnnotation().annotationType()).collect(Collectors.toSet());
        assertThat(seen).as("constraints of %s", where).containsAll(declared);
        assertThat(property.isCascaded()).as("cascade of %s", where).isEqualTo(cascaded);
        Set<Class<?>> seenInElements = property.getConstrainedContainerElementTypes().stream()
            .flatMap(EveryConstraintIsEnforcedTest::allConstraints)
            .collect(Collectors.toSet());
        assertThat(seenInElements).as("element constraints of %s", where).containsAll(elementConstraints);
        if (elementCascaded) {
          assertThat(property.getConstrainedContainerElementTypes())
              .as("element cascade of %s", where)
              .anyMatch(ContainerElementTypeDescriptor::isCascaded);
        }
        checked.add(where);
      }
    }
    assertThat(checked).contains("Dossier.sections()", "Indicator.label()", "Action.title()",
        "Requirement.text()", "Establishment.town()", "ProcessParameters.auditPlanNoticeDays()");
  }

  @Test
  void classLevelConstraintsAreSeenToo() {
    BeanDescriptor indicator = LdmValidation.validator(Locale.FRENCH)
        .getConstraintsForClass(io.github.ldmlib.model.dossier.Indicator.class);
    assertThat(indicator.getConstraintDescriptors()).extracting(d -> d.getAnnotation().annotationType().getSimpleName())
        .contains("MeasuresFitUnit");
  }

  private static Stream<Class<?>> allConstraints(ContainerElementTypeDescriptor d) {
    return Stream.concat(
        d.getConstraintDescriptors().stream().map(c -> (Class<?>) c.getAnnotation().annotationType()),
        d.getConstrainedContainerElementTypes().stream().flatMap(EveryConstraintIsEnforcedTest::allConstraints));
  }

  private static Set<Class<?>> constraintsOn(Annotation[] annotations) {
    return Arrays.stream(annotations).map(Annotation::annotationType)
        .filter(t -> t.isAnnotationPresent(Constraint.class))
        .collect(Collectors.toSet());
  }

  private static Set<Class<?>> typeArgumentConstraints(AnnotatedType type) {
    if (!(type instanceof AnnotatedParameterizedType parameterized)) {
      return Set.of();
    }
    return Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
        .flatMap(arg -> Stream.concat(constraintsOn(arg.getAnnotations()).stream(),
            typeArgumentConstraints(arg).stream()))
        .collect(Collectors.toSet());
  }

  private static boolean typeArgumentCascaded(AnnotatedType type) {
    return type instanceof AnnotatedParameterizedType parameterized
        && Arrays.stream(parameterized.getAnnotatedActualTypeArguments())
            .anyMatch(arg -> arg.isAnnotationPresent(Valid.class) || typeArgumentCascaded(arg));
  }

  /** Every public top-level type of the model's packages, found on the class path. */
  static List<Class<?>> modelTypes() throws Exception {
    return ModelClasses.all().stream()
        .filter(t -> t.getEnclosingClass() == null && Modifier.isPublic(t.getModifiers()) && !t.isAnnotation()
            && !t.isEnum())
        .toList();
  }
}
