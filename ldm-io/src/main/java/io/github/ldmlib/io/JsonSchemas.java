package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the format, one per {@linkplain DocumentKind kind of
 * document}, shipped in this jar and generated from the same description of the model as the
 * readers and writers.
 *
 * <pre>{@code
 * URI id = JsonSchemas.id(DocumentKind.DOSSIER);   // https://ldmlib.github.io/schema/1.0/dossier.schema.json
 * try (InputStream in = JsonSchemas.open(DocumentKind.DOSSIER)) { ... }
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class JsonSchemas {

  private static final String ID_BASE = "https://ldmlib.github.io/schema/" + LdmJson.FORMAT_VERSION + "/";

  private JsonSchemas() {}

  /**
   * Returns the stable {@code $id} of a kind's schema, for example {@code
   * https://ldmlib.github.io/schema/1.0/dossier.schema.json}.
   *
   * @param kind the kind, not null
   * @return the id
   */
  public static URI id(DocumentKind<?> kind) {
    return URI.create(ID_BASE + Objects.requireNonNull(kind, "kind").id() + ".schema.json");
  }

  /**
   * Returns the class-path resource of a kind's schema in this jar, for example {@code
   * /io/github/ldmlib/io/schema/dossier.schema.json}.
   *
   * @param kind the kind, not null
   * @return the absolute resource name
   */
  public static String resource(DocumentKind<?> kind) {
    return "/io/github/ldmlib/io/schema/" + Objects.requireNonNull(kind, "kind").id() + ".schema.json";
  }

  /**
   * Opens a kind's schema.
   *
   * @param kind the kind, not null
   * @return a stream of the schema's UTF-8 bytes, to be closed by the caller
   * @throws IllegalStateException if the jar lacks the schema (a broken build)
   */
  public static InputStream open(DocumentKind<?> kind) {
    InputStream in = JsonSchemas.class.getResourceAsStream(resource(kind));
    if (in == null) {
      throw new IllegalStateException("No schema for the document kind " + kind + " at " + resource(kind));
    }
    return in;
  }
}
