package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "0750654D", // lycée Henri-IV, Paris
      "0750655E", // lycée Louis-le-Grand, Paris
      "0130040Y", // lycée Thiers, Marseille
      "0690026D", // lycée du Parc, Lyon
      "0060030A"  // lycée Masséna, Nice
  })
  void acceptsRealCodes(String code) {
    assertThat(Uai.isValid(code)).isTrue();
    Uai uai = Uai.parse(code);
    assertThat(uai.code()).isEqualTo(code);
    assertThat(uai.toString()).isEqualTo(code);
    assertThat(uai.number()).isEqualTo(code.substring(0, 7));
    assertThat(Uai.checkLetter(code.substring(0, 7))).isEqualTo(code.charAt(7));
  }

  @Test
  void rejectsAWrongCheckLetterAndSaysWhichIsExpected() {
    assertThat(Uai.isValid("0750654A")).isFalse();
    assertThatThrownBy(() -> Uai.parse("0750654A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0750654A")
        .hasMessageContaining("'D'");
  }

  @Test
  void theCheckAlphabetSkipsIOAndQ() {
    assertThat(Uai.CHECK_ALPHABET).hasSize(23).doesNotContain("I", "O", "Q");
    // 0000008 mod 23 = 8 -> the ninth letter, J (I is skipped)
    assertThat(Uai.checkLetter("0000008")).isEqualTo('J');
    assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');
  }

  @ParameterizedTest
  @ValueSource(strings = {"0750654d", " 0750654D", "0750654D ", "750654D", "07506540D", "07S0654D",
      "075065٤D", "ABCDEFGH", "0750654", "00000000"})
  void rejectsMalformedCodes(String code) {
    assertThat(Uai.isValid(code)).isFalse();
    assertThatThrownBy(() -> Uai.parse(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void isValidNeverThrows(String code) {
    assertThat(Uai.isValid(code)).isFalse();
  }

  @Test
  void isValidNeverThrowsOnHugeInput() {
    assertThat(Uai.isValid("0".repeat(1_000_000))).isFalse();
    assertThatThrownBy(() -> Uai.parse("9".repeat(1_000_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 8 characters")
        .hasMessageContaining("…");
  }

  @Test
  void nullIsAProgrammingError() {
    assertThatThrownBy(() -> Uai.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Uai(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityAndOrderFollowTheCode() {
    assertThat(Uai.parse("0750654D")).isEqualTo(new Uai("0750654D")).hasSameHashCodeAs(new Uai("0750654D"));
    assertThat(Uai.parse("0060030A")).isLessThan(Uai.parse("0750654D"));
  }
}
