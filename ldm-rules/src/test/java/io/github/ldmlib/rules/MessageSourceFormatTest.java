package io.github.ldmlib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** {@link MessageSource#format}: a pattern of one language, its arguments as plain text. */
class MessageSourceFormatTest {

  private static final MessageSource MESSAGES = MessageSource.builder()
      .put("count", "{0} dossiers sur {1}", "{0} dossiers of {1}")
      .put("value", "valeur {0}", "value {0}")
      .put("padded", " {0} ", " {0} ")
      .build();

  @Test
  void numbersHaveNoGroupingSeparatorInEitherLanguage() {
    assertThat(MESSAGES.format("count", Locale.FRENCH, 12_000, 1_234_567L)).isEqualTo("12000 dossiers sur 1234567");
    assertThat(MESSAGES.format("count", Locale.ENGLISH, 12_000, 1_234_567L)).isEqualTo("12000 dossiers of 1234567");
    assertThat(MESSAGES.format("value", Locale.FRENCH, 0.5)).isEqualTo("valeur 0.5");
  }

  @Test
  void aBigDecimalIsWrittenInPlainNotation() {
    assertThat(MESSAGES.format("value", Locale.FRENCH, new BigDecimal("1E+3"))).isEqualTo("valeur 1000");
    assertThat(MESSAGES.format("value", Locale.ENGLISH, new BigDecimal("12.50"))).isEqualTo("value 12.50");
  }

  @Test
  void anythingElseIsWrittenByItsToString() {
    assertThat(MESSAGES.format("value", Locale.FRENCH, LocalDate.of(2026, 11, 22))).isEqualTo("valeur 2026-11-22");
    assertThat(MESSAGES.format("value", Locale.FRENCH, "d’un « lycée »")).isEqualTo("valeur d’un « lycée »");
  }

  @Test
  void englishForAnEnglishLocaleFrenchForAnyOther() {
    assertThat(MESSAGES.format("value", Locale.UK, 1)).isEqualTo("value 1");
    assertThat(MESSAGES.format("value", Locale.CANADA_FRENCH, 1)).isEqualTo("valeur 1");
    assertThat(MESSAGES.format("value", Locale.GERMAN, 1)).isEqualTo("valeur 1");
  }

  @Test
  void theTextIsReturnedAsThePatternMakesIt() {
    assertThat(MESSAGES.format("padded", Locale.FRENCH, "x")).isEqualTo(" x ");
  }

  @Test
  void aMissingKeyIsAMissingResource() {
    assertThatThrownBy(() -> MESSAGES.format("absent", Locale.ENGLISH)).isInstanceOf(MissingResourceException.class);
    MessageSource bundle = MessageSource.bundle("io.github.ldmlib.rules.internal.messages",
        MessageSourceFormatTest.class.getClassLoader());
    assertThatThrownBy(() -> bundle.format("absent", Locale.FRENCH)).isInstanceOf(MissingResourceException.class);
  }

  @Test
  void aNullArgumentIsRefusedByItsIndex() {
    assertThatThrownBy(() -> MESSAGES.format("count", Locale.FRENCH, 1, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("argument 1 is null");
    assertThatThrownBy(() -> MESSAGES.format("count", Locale.FRENCH, (Object[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("arguments");
  }
}
