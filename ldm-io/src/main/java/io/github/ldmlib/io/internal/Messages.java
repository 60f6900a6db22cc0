package io.github.ldmlib.io.internal;

import io.github.ldmlib.model.JsonPointer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of format errors and warnings, from the bundle {@code
 * io/github/ldmlib/io/internal/FormatMessages}: English when the locale's language is English,
 * French otherwise. Patterns are {@link MessageFormat} patterns; an argument that is a {@link Term}
 * is itself translated first.
 */
public final class Messages {

  /** Base name of the bundle. */
  public static final String BUNDLE = "io.github.ldmlib.io.internal.FormatMessages";

  private static final Messages FRENCH = new Messages(Locale.FRENCH);
  private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Returns the messages of a language.
   *
   * @param locale the locale; English if its language is English, French otherwise
   * @return the messages
   */
  public static Messages of(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
  }

  /** The locale of these messages, {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /**
   * Formats a message.
   *
   * @param key the key in the bundle
   * @param args the arguments; {@link Term}s are translated
   * @return the text
   */
  public String format(String key, Object... args) {
    Object[] resolved = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      resolved[i] = args[i] instanceof Term term ? bundle.getString(term.key()) : args[i];
    }
    MessageFormat format = new MessageFormat(bundle.getString(key), locale);
    return format.format(resolved);
  }

  /**
   * Formats a message with its location, as {@code LdmFormatException.getMessage()} shows it.
   *
   * @param source the source name
   * @param line the line, -1 if unknown
   * @param column the column, -1 if unknown
   * @param pointer the JSON Pointer, empty for the root
   * @param detail the localized detail
   * @return the text
   */
  public String located(String source, long line, long column, JsonPointer pointer, String detail) {
    String where = line < 0
        ? format("where.unknown", source)
        : format("where", source, Long.toString(line), Long.toString(column));
    return pointer.isRoot()
        ? format("located.root", where, detail)
        : format("located", where, pointer.toString(), detail);
  }

  /**
   * A word or phrase that is translated when it is an argument of a message.
   *
   * @param key the key of the phrase in the bundle
   */
  public record Term(String key) {}
}
