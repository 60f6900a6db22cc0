package io.github.ldmlib.model.meta;

import io.github.ldmlib.model.internal.meta.Registry;
import java.util.List;
import java.util.Optional;

/**
 * A value type of the model as its documents hold it (<i>type du modèle</i>): its class, its
 * name, what it is, and its {@linkplain ModelProperty properties} in the order of its JSON form.
 *
 * <p>This is the one description of the model's properties: the JSON format of {@code ldm-io}
 * reads and writes each type from it, its JSON Schemas are made from it, and the validation's
 * fast pass reads each property through it. A property's {@linkplain ModelProperty#name() name} is
 * at once the accessor, the JSON key and the JSON Pointer token of the value.
 *
 * <pre>{@code
 * ModelType<? super Dossier> dossier = ModelType.of(Dossier.class).orElseThrow();
 * for (ModelProperty<? super Dossier> property : dossier.properties()) {
 *   System.out.println(property.name() + " " + property.holding() + " " + property.valueClass().getSimpleName());
 * }
 * // referentialId ONE String, referentialEdition OPTIONAL String, dossierKind ONE DossierKind, ...
 * }</pre>
 *
 * <p>Every type of the model that a document holds has one, and only one, instance: the document
 * types of {@link DocumentKind}, the types they are made of (a {@code Person}, an {@code
 * Indicator}...) and the records among them ({@code SourceRef}, {@code Edition}, {@code
 * HeldAudit}). Scalars ({@code Uai}, {@code SchoolYear}, {@code JsonPointer}, dates, numbers),
 * enumerations and interfaces that several types share ({@code Initiative}) have none. Instances
 * are immutable and thread-safe, and compare by identity; the types of one area of the model
 * (dossier, referential, audit...) are described at the first look-up of one of them.
 *
 * <p>This interface is not meant to be implemented outside the model: instances come from {@link
 * #of(Class)} and {@link #all()}.
 *
 * @param <T> the model class
 */
public interface ModelType<T> {

  /**
   * Finds the model type of a class: the class itself when it is a type of the model, or the type
   * of the model a class extends, such as the implementation Immutables generates for an abstract
   * value type (the class of a {@code Dossier} object is such an implementation).
   *
   * @param type the class, not null
   * @param <T> the class's type
   * @return the model type, or empty if the class is not a type of the model
   */
  @SuppressWarnings("unchecked")
  static <T> Optional<ModelType<? super T>> of(Class<T> type) {
    return Registry.of(type).map(found -> (ModelType<? super T>) found);
  }

  /**
   * Returns every type of the model, area by area (shared types, dossier, referential, academy
   * profile, conformity report, audit), each area in the order of its declarations. This describes
   * every area at once.
   *
   * @return an unmodifiable list
   */
  static List<ModelType<?>> all() {
    return Registry.all();
  }

  /** The class of the model, for example {@code Dossier.class}; never an implementation class. */
  Class<T> type();

  /**
   * The name of the type, the simple name of its class, for example {@code Dossier}; it also names
   * the type's definition in the JSON Schemas.
   *
   * @return the name
   */
  String name();

  /**
   * What the type is, one sentence in English, for example {@code "A person named in a dossier
   * (nom, prénom, fonction)."}; it is the type's description in the JSON Schemas.
   *
   * @return the description
   */
  String description();

  /**
   * The properties of the type, in the order of its JSON form, which is the order of the
   * accessors in the class (an implemented interface's accessors first).
   *
   * @return an unmodifiable list
   */
  List<ModelProperty<T>> properties();

  /**
   * Finds a property by name.
   *
   * @param name the name, for example {@code sections}
   * @return the property, or empty if the type has none of that name
   */
  Optional<ModelProperty<T>> property(String name);

  /**
   * Starts building an instance from property values, as a reader does: set the values present,
   * then {@linkplain Assembly#build() build}. A record of the model is built with its canonical
   * constructor, any other type with its builder.
   *
   * @return a new assembly, for one instance; not thread-safe
   */
  Assembly<T> assemble();

  /**
   * An instance of a model type being built from the values of its properties.
   *
   * <pre>{@code
   * static <T> T read(ModelType<T> type, Map<String, Object> values) {
   *   ModelType.Assembly<T> assembly = type.assemble();
   *   values.forEach((name, value) -> assembly.set(type.property(name).orElseThrow(), value));
   *   return assembly.build();   // names every required property missing
   * }
   *
   * read(ModelType.of(SourceRef.class).orElseThrow(), Map.of("document", "Guide", "section", "F. Critère 4"));
   * }</pre>
   *
   * <p>Instances are not thread-safe: one assembly builds one object in one thread.
   *
   * @param <T> the model class
   */
  interface Assembly<T> {

    /**
     * Sets the value of a property. The value is what the property holds when it is present,
     * without its container: the element of an {@link ModelProperty.Holding#OPTIONAL OPTIONAL}
     * property, an {@code Integer} for an {@link ModelProperty.Holding#OPTIONAL_INT OPTIONAL_INT}
     * property, a {@code List} for a {@link ModelProperty.Holding#LIST LIST} or an {@link
     * ModelProperty.Holding#ENUM_SET ENUM_SET} property.
     *
     * @param property a property of this type, not derived
     * @param value the value, not null, of the property's {@linkplain ModelProperty#valueClass()
     *     value class} (the elements of a list)
     * @return this assembly
     * @throws IllegalArgumentException if the property is not one of this type's or is
     *     {@linkplain ModelProperty#derived() derived}
     * @throws IllegalStateException if the property has already been set
     * @throws NullPointerException if the value is null
     * @throws ClassCastException if the value is not of the property's class
     */
    Assembly<T> set(ModelProperty<T> property, Object value);

    /**
     * Tells whether a property has been set.
     *
     * @param property a property of this type
     * @return true if it was set
     * @throws IllegalArgumentException if the property is not one of this type's
     */
    boolean isSet(ModelProperty<T> property);

    /**
     * Returns the {@linkplain ModelProperty#required() required} properties that have not been
     * set, in the order of the type's properties.
     *
     * @return an unmodifiable list, empty when the instance can be built
     */
    List<ModelProperty<T>> missing();

    /**
     * Builds the instance. A property not set is absent: an empty {@code Optional} or list, or the
     * model's default value.
     *
     * @return the instance
     * @throws IllegalStateException if a required property is missing; the message names every
     *     one
     * @throws RuntimeException whatever the model throws when the values disagree with one
     *     another (its builder or constructor refuses them), unchanged
     */
    T build();
  }
}
