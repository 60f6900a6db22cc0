package io.github.ldmlib.office.internal;

import java.util.Locale;

/** A message in the reader's language: French unless English is asked for. */
public final class Msg {

  private final boolean english;

  private Msg(boolean english) {
    this.english = english;
  }

  /** The messages of a locale: English when its language is English, French otherwise. */
  public static Msg of(Locale locale) {
    return new Msg(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
  }

  /** Whether the messages are English. */
  public boolean english() {
    return english;
  }

  /** The French or the English text, formatted with {@link String#format}. */
  public String t(String french, String englishText, Object... args) {
    return String.format(Locale.ROOT, english ? englishText : french, args);
  }
}
