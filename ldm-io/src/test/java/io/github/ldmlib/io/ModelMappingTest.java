package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.internal.Codec;
import io.github.ldmlib.io.internal.DocumentCodec;
import io.github.ldmlib.io.internal.ModelCodecs;
import io.github.ldmlib.io.internal.ObjectCodec;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keys of every object of the format are exactly the properties of its model type, in the
 * order the model declares them: the attributes Immutables generates (abstract accessors and
 * defaulted ones, an implemented interface's first), or a record's components. Computed methods
 * ({@code isMajor}, {@code leadAuditor}, {@code status}...) are not properties and are never written.
 */
class ModelMappingTest {

  static List<Class<?>> objectTypes() {
    return ModelCodecs.types().stream().filter(t -> objectCodec(t) != null).toList();
  }

  private static ObjectCodec<?, ?> objectCodec(Class<?> type) {
    Codec<?> codec = ModelCodecs.forType(type, true);
    if (codec instanceof DocumentCodec<?> document) {
      return document.body();
    }
    return codec instanceof ObjectCodec<?, ?> object ? object : null;
  }

  @ParameterizedTest
  @MethodSource("objectTypes")
  void theKeysAreThePropertiesOfTheModelInDeclarationOrder(Class<?> type) throws ClassNotFoundException {
    assertThat(objectCodec(type).propertyNames()).as(type.getSimpleName()).containsExactlyElementsOf(properties(type));
  }

  @ParameterizedTest
  @MethodSource("objectTypes")
  void aDocumentTypeHasNoPropertyNamedLikeTheHeader(Class<?> type) {
    if (DocumentKind.ofType(type).filter(k -> k.type() == type).isPresent()) {
      assertThat(objectCodec(type).propertyNames()).doesNotContain("kind", "formatVersion");
    }
  }

  private static List<String> properties(Class<?> type) throws ClassNotFoundException {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
    Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    return Arrays.stream(generated.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()))
        .map(Field::getName)
        .toList();
  }
}
