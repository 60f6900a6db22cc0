package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ldmlib.io.internal.ModelCodecs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped in the jar are generated from the same codecs that read and write the
 * format, so that they cannot drift apart. This test regenerates them in memory and fails if a
 * shipped file differs; run with {@code -Dldm.writeSchemas=true} to rewrite the files.
 */
class SchemaFilesTest {

  static String generate(DocumentKind<?> kind) throws IOException {
    Map<String, Object> defs = new LinkedHashMap<>();
    Map<String, Object> root = ModelCodecs.document(kind).schema(defs);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", JsonSchemas.id(kind).toString());
    schema.put("title", "« Lycée des métiers » " + kind.id() + ", format " + LdmJson.FORMAT_VERSION);
    schema.putAll(root);
    schema.put("$defs", defs);
    return new ObjectMapper().writer(LdmModule.prettyPrinter()).writeValueAsString(schema) + "\n";
  }

  @ParameterizedTest
  @MethodSource("io.github.ldmlib.io.Fixtures#kinds")
  void shippedSchemaIsUpToDate(DocumentKind<?> kind) throws IOException {
    String generated = generate(kind);
    Path file = Path.of("src/main/resources" + JsonSchemas.resource(kind));
    if (Boolean.getBoolean("ldm.writeSchemas")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return; // the class path still holds the old copy until the next build
    }
    try (InputStream in = JsonSchemas.class.getResourceAsStream(JsonSchemas.resource(kind))) {
      assertThat(in).as("schema resource %s", JsonSchemas.resource(kind)).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .as("%s is out of date; run mvn -pl ldm-io -am test -Dtest=SchemaFilesTest -Dldm.writeSchemas=true",
              JsonSchemas.resource(kind))
          .isEqualTo(generated);
    }
  }
}
