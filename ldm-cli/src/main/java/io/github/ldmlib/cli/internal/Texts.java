package io.github.ldmlib.cli.internal;

import io.github.ldmlib.rules.MessageSource;
import java.util.Locale;

/**
 * The words and sentences of the command line, in French (the default) or English: the bundles
 * {@code CliMessages_fr} and {@code CliMessages_en} in one language, formatted by {@link
 * MessageSource#format(String, Locale, Object...)}. The reports' words are ldm-report's.
 */
public final class Texts {

  private static final MessageSource MESSAGES =
      MessageSource.bundle("io.github.ldmlib.cli.internal.CliMessages", Texts.class.getClassLoader());

  private static final Texts FRENCH = new Texts(Locale.FRENCH);
  private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the texts of a language: English when the locale's language is English, French otherwise.
   *
   * @param locale the locale
   * @return the texts
   */
  public static Texts of(Locale locale) {
    return MessageSource.language(locale) == Locale.ENGLISH ? ENGLISH : FRENCH;
  }

  /** The language of these texts: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a text.
   *
   * @param key the key
   * @param args the arguments of the pattern (see {@link MessageSource#format(String, Locale, Object...)})
   * @return the text
   * @throws java.util.MissingResourceException if the key is missing
   */
  public String get(String key, Object... args) {
    return MESSAGES.format(key, locale, args);
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
    boolean one = locale == Locale.ENGLISH ? n == 1 : n <= 1;
    return get(key + (one ? ".one" : ".many"), n);
  }
}
