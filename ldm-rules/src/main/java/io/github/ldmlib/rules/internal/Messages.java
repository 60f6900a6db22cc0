package io.github.ldmlib.rules.internal;

import io.github.ldmlib.rules.RuleMetadata;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The messages of rules: resource bundles in French (the default) and English, read with the
 * rule's own class loader, and {@link MessageFormat} patterns whose arguments are plain strings (so
 * that no number or date is formatted differently from one machine to another).
 */
public final class Messages {

  private Messages() {}

  /** Base name of the bundle of the built-in rules. */
  public static final String BUILT_IN_BUNDLE = "io.github.ldmlib.rules.internal.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /**
   * Reduces a locale to a language of the library: English when the locale's language is English,
   * French otherwise.
   *
   * @param locale the locale, not null
   * @return {@link Locale#ENGLISH} or {@link Locale#FRENCH}
   */
  public static Locale language(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
  }

  /**
   * Loads the bundle of a rule.
   *
   * @param rule the rule, dossier or audit: its class loader reads the bundle
   * @param bundleName the base name the rule declares
   * @param locale the locale (reduced to French or English)
   * @return the bundle
   * @throws MissingResourceException if there is none
   */
  public static ResourceBundle bundle(Object rule, String bundleName, Locale locale) {
    ClassLoader loader = rule.getClass().getClassLoader();
    if (loader == null) {
      loader = ClassLoader.getSystemClassLoader();
    }
    return ResourceBundle.getBundle(bundleName, language(locale), loader, NO_FALLBACK);
  }

  /**
   * Returns the title of a rule of any kind, the {@code <id>.title} entry of its bundle.
   *
   * @param rule the rule, whose class loader reads the bundle
   * @param locale the language
   * @return the title
   * @throws MissingResourceException if the bundle or the entry is missing
   */
  public static String title(RuleMetadata rule, Locale locale) {
    return bundle(rule, rule.messageBundle(), locale).getString(rule.id() + ".title");
  }

  /**
   * Returns a text of the built-in bundle, formatted.
   *
   * @param key the key
   * @param locale the language
   * @param arguments the arguments
   * @return the text
   */
  public static String builtIn(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(
        BUILT_IN_BUNDLE, language(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    return format(bundle.getString(key), language(locale), strings(arguments));
  }

  /**
   * Formats a pattern.
   *
   * @param pattern the MessageFormat pattern
   * @param locale the language
   * @param arguments the arguments, as text
   * @return the message, stripped of surrounding white space
   * @throws IllegalArgumentException if the pattern is malformed
   */
  public static String format(String pattern, Locale locale, List<String> arguments) {
    return new MessageFormat(pattern, locale).format(arguments.toArray()).strip();
  }

  /**
   * Renders arguments as text: numbers in plain notation, everything else by {@code toString()}.
   *
   * @param arguments the arguments
   * @return their text
   * @throws NullPointerException if an argument is null
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
