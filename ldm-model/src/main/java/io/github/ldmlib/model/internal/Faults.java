package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Collects the faults that the integrity checks of referentials and academy profiles find, each
 * as a {@link Violation} with its place (property path and JSON Pointer) and a French or English
 * message from the bundle {@code io/github/ldmlib/model/ReferentialMessages}.
 *
 * <p>This class is internal: it is public only so that the packages of the model can share it. It
 * is not part of the supported API. Instances are not thread-safe.
 */
public final class Faults {

  /** Base name of the message bundle. */
  public static final String BUNDLE = "io.github.ldmlib.model.ReferentialMessages";

  private static final String PREFIX = "io.github.ldmlib.model.referential.";

  private final ResourceBundle bundle;
  private final List<Violation> found = new ArrayList<>();

  /**
   * Creates an empty collection whose messages are in English when the locale's language is
   * English, in French otherwise.
   *
   * @param locale the locale of the messages, not null
   */
  public Faults(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Locale language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language, Faults.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Records a fault.
   *
   * @param place where the fault is
   * @param rule the name of the integrity rule, for example {@code UniqueId}
   * @param key the message key, relative to {@code io.github.ldmlib.model.referential.}
   * @param args the values of the placeholders {@code {0}}, {@code {1}}… of the message
   */
  public void add(Place place, String rule, String key, Object... args) {
    String template = bundle.getString(PREFIX + key);
    String message = template;
    for (int i = 0; i < args.length; i++) {
      message = message.replace("{" + i + "}", String.valueOf(args[i]));
    }
    found.add(new Violation(place.path(), place.pointer(), rule, "{" + PREFIX + key + "}", message));
  }

  /**
   * Adds violations found elsewhere, for example by Bean Validation.
   *
   * @param violations the violations
   */
  public void addAll(List<Violation> violations) {
    found.addAll(violations);
  }

  /**
   * Returns a word of the bundle in the collection's language.
   *
   * @param key the key, relative to {@code io.github.ldmlib.model.referential.}
   * @return the word
   */
  public String word(String key) {
    return bundle.getString(PREFIX + key);
  }

  /** True when no fault was recorded. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Returns every fault recorded, sorted by pointer, then rule, then message. */
  public List<Violation> sorted() {
    List<Violation> copy = new ArrayList<>(found);
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  /**
   * A place in a document: the property path ({@code criteria[3].requirements[0].id}) and the
   * JSON Pointer of the same place ({@code /criteria/3/requirements/0/id}).
   *
   * @param path the property path; empty for the document itself
   * @param pointer the JSON Pointer; the root for the document itself
   */
  public record Place(String path, JsonPointer pointer) {

    /** The document itself. */
    public static Place root() {
      return new Place("", JsonPointer.root());
    }

    /**
     * Returns the place of a property of the object at this place.
     *
     * @param name the property name
     * @return the place
     */
    public Place field(String name) {
      return new Place(path.isEmpty() ? name : path + "." + name, pointer.append(name));
    }

    /**
     * Returns the place of an element of the list at this place.
     *
     * @param index the index, from 0
     * @return the place
     */
    public Place index(int index) {
      return new Place(path + "[" + index + "]", pointer.append(index));
    }
  }
}
