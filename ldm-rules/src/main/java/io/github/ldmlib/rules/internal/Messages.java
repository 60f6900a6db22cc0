package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.MessageSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The messages of the built-in rules (one bundle, French and English) and the formatting every
 * finding's message goes through: {@link MessageSource#format(String, Locale, Object...)}, whose
 * arguments are rendered as plain text by {@link #strings(Object...)}, so that no number or date is
 * formatted differently from one machine to another; a finding's message is stripped of surrounding
 * white space.
 */
public final class Messages {

  private Messages() {}

  /** The titles and messages of the built-in rules, and the words they use. */
  public static final MessageSource BUILT_IN =
      MessageSource.bundle("io.github.ldmlib.rules.internal.messages", Messages.class.getClassLoader());

  /**
   * Returns a text of the built-in bundle, formatted.
   *
   * @param key the key
   * @param locale the language
   * @param arguments the arguments
   * @return the text, stripped of surrounding white space
   */
  public static String builtIn(String key, Locale locale, Object... arguments) {
    return format(BUILT_IN, key, locale, arguments);
  }

  /**
   * Formats the message of a key, as a finding holds it.
   *
   * @param source the messages
   * @param key the key
   * @param locale the language
   * @param arguments the arguments
   * @return the message, stripped of surrounding white space
   * @throws java.util.MissingResourceException if the key is missing in that language
   * @throws IllegalArgumentException if the pattern is malformed
   * @throws NullPointerException if an argument is null
   */
  public static String format(MessageSource source, String key, Locale locale, Object... arguments) {
    return source.format(key, locale, arguments).strip();
  }

  /**
   * Renders arguments as text: a {@link BigDecimal} in plain notation, everything else by {@code
   * toString()}, so numbers have no grouping separator. The one rendering of {@link
   * MessageSource#format(String, Locale, Object...)}.
   *
   * @param arguments the arguments
   * @return their text
   * @throws NullPointerException if an argument is null, naming its index
   */
  public static List<String> strings(Object... arguments) {
    if (arguments == null) {
      return List.of();
    }
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      if (a == null) {
        throw new NullPointerException("argument " + i + " is null");
      }
      texts[i] = a instanceof BigDecimal d ? d.toPlainString() : a.toString();
    }
    return List.of(texts);
  }
}
