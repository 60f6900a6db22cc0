package io.github.ldmlib.io.internal;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.meta.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codecs of the model's types, made from the model's own description ({@link ModelType}): one
 * {@link ObjectCodec} per model type, the codec of each property chosen by its value class (a
 * scalar of {@link Codecs#scalar(Class)}, or the object codec of a model type), and one {@link
 * DocumentCodec} per kind of document.
 *
 * <p>Keys are the properties' names, in the model type's order. No document type has a property
 * named {@code kind} or {@code formatVersion}: at the top of a document, those keys name the kind
 * of document and the format version.
 *
 * <p>Codecs are made at first use, with the model types they need: reading a dossier makes the
 * codecs of the dossier's types only, not those of the referential, the reports or the audits. To
 * add a document kind: add its constant to {@link DocumentKind}, declare its types in the model's
 * metamodel, and regenerate the schemas.
 */
public final class ModelCodecs {

  private ModelCodecs() {}

  /** The model's scalars that a host's Jackson {@code ObjectMapper} reads and writes as the format does. */
  private static final Map<Class<?>, Codec<?>> HOST_SCALARS = Map.of(Uai.class, Codecs.UAI,
      SchoolYear.class, Codecs.SCHOOL_YEAR);

  /** The codec of each model type, by its class, made at first use. */
  private static final ClassValue<ObjectCodec<?>> OBJECTS = new ClassValue<>() {
    @Override
    protected ObjectCodec<?> computeValue(Class<?> type) {
      return object(ModelType.of(type).filter(t -> t.type() == type).orElseThrow(
          () -> new IllegalStateException(type.getName() + " is not a type of the model")));
    }
  };

  /** The codec of each kind of document, made at first use of the kind. */
  private static final Map<DocumentKind<?>, DocumentCodec<?>> DOCUMENTS = new ConcurrentHashMap<>();

  private static <T> ObjectCodec<T> object(ModelType<T> type) {
    return new ObjectCodec<>(type, ModelCodecs::codec);
  }

  /** The codec of the values of a property: a scalar, or a model type's. */
  private static Codec<?> codec(Class<?> valueClass) {
    Codec<?> scalar = Codecs.scalar(valueClass);
    return scalar != null ? scalar : OBJECTS.get(valueClass);
  }

  private static DocumentCodec<?> newDocument(DocumentKind<?> kind) {
    return newDocument(kind, kind.type());
  }

  private static <T> DocumentCodec<T> newDocument(DocumentKind<?> kind, Class<T> type) {
    @SuppressWarnings("unchecked") // the codec of a model class reads and writes that class
    ObjectCodec<T> body = (ObjectCodec<T>) OBJECTS.get(type);
    return new DocumentCodec<>(kind, body);
  }

  /**
   * Returns the codec of a document kind.
   *
   * @param kind the kind
   * @return its codec
   */
  public static DocumentCodec<?> document(DocumentKind<?> kind) {
    DocumentCodec<?> codec = DOCUMENTS.get(kind);
    return codec != null ? codec : DOCUMENTS.computeIfAbsent(kind, ModelCodecs::newDocument);
  }

  /**
   * Returns the codec of a document type.
   *
   * @param type the model type, for example {@code Dossier.class}
   * @param <T> the type
   * @return the codec
   * @throws IllegalArgumentException if the type is not a document type
   */
  @SuppressWarnings("unchecked")
  public static <T> DocumentCodec<T> document(Class<T> type) {
    DocumentKind<T> kind = DocumentKind.ofType(type).orElseThrow(() -> new IllegalArgumentException(
        type.getName() + " is not a document type of the JSON format; document types: "
            + documentTypeNames()));
    return (DocumentCodec<T>) document(kind);
  }

  private static String documentTypeNames() {
    StringBuilder sb = new StringBuilder();
    for (DocumentKind<?> kind : DocumentKind.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(kind.type().getSimpleName());
    }
    return sb.toString();
  }

  /**
   * Finds the codec of a type of the model for a host's Jackson {@code ObjectMapper}: a document
   * type's codec writes and reads the document with its header, any other model type's as a plain
   * object; a UAI and a school year as their text.
   *
   * @param type the class
   * @param exact whether only the model class itself matches (for reading), or also a class that
   *     extends it, such as the implementation of an abstract value type (for writing)
   * @return the codec, or null when the type is not of the model
   */
  public static Codec<?> forType(Class<?> type, boolean exact) {
    Codec<?> scalar = HOST_SCALARS.get(type);
    if (scalar != null) {
      return scalar;
    }
    Optional<? extends ModelType<?>> modelType = ModelType.of(type);
    if (modelType.isEmpty() || (exact && modelType.get().type() != type)) {
      return null;
    }
    Class<?> modelClass = modelType.get().type();
    for (DocumentKind<?> kind : DocumentKind.values()) {
      if (kind.type() == modelClass) {
        return document(kind);
      }
    }
    return OBJECTS.get(modelClass);
  }

  /**
   * The classes the codecs cover: the document types first, then every other model type, then the
   * scalars of {@link #forType(Class, boolean)}. This describes every type of the model.
   *
   * @return the classes
   */
  public static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>();
    DocumentKind.values().forEach(kind -> types.add(kind.type()));
    for (ModelType<?> type : ModelType.all()) {
      if (!types.contains(type.type())) {
        types.add(type.type());
      }
    }
    types.addAll(HOST_SCALARS.keySet());
    return List.copyOf(types);
  }
}
