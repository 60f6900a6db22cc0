package io.github.ldmlib.cli.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words and sentences of the command line and of the reports, in French (the default) or
 * English, read from the bundles {@code CliMessages_fr} and {@code CliMessages_en}. Patterns are
 * {@link MessageFormat} patterns; arguments are formatted by the caller, so that a report reads
 * the same on every machine.
 */
public final class Texts {

  private static final String BUNDLE = "io.github.ldmlib.cli.internal.CliMessages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(), NO_FALLBACK);
  }

  private static final Texts FRENCH = new Texts(Locale.FRENCH);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  /**
   * Returns the texts of a language: English when the locale's language is English, French otherwise.
   *
   * @param locale the locale
   * @return the texts
   */
  public static Texts of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return isEnglish(locale) ? ENGLISH : FRENCH;
  }

  /** True when the locale's language is English. */
  public static boolean isEnglish(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /** The language of these texts: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /** The two-letter code of the language, {@code fr} or {@code en}. */
  public String language() {
    return locale.getLanguage();
  }

  /**
   * Returns a text.
   *
   * @param key the key
   * @param args the arguments of the pattern, already formatted (numbers as {@link String}s or ints)
   * @return the text
   * @throws java.util.MissingResourceException if the key is missing
   */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return new MessageFormat(pattern, locale).format(new Object[0]);
    }
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // Integers are shown without grouping separators, whatever the language.
      plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
    }
    return new MessageFormat(pattern, locale).format(plain);
  }

  /**
   * Returns the word for a constant of an enumeration, keyed {@code SimpleName.CONSTANT}.
   *
   * @param constant the constant
   * @return the word
   */
  public String word(Enum<?> constant) {
    return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** Returns a count with the singular or plural form of a noun, keyed {@code key.one} and {@code key.many}. */
  public String count(int n, String key) {
    boolean one = isEnglish(locale) ? n == 1 : n <= 1;
    return get(key + (one ? ".one" : ".many"), n);
  }
}
