package io.github.ldmlib.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextValidator#isText} scans text char by char for speed; these tests prove it accepts
 * exactly what a scan by code point accepts: no control character but line feed, tab and carriage
 * return, no lone surrogate, no blank at either end, at most {@code max} code points.
 */
class TextValidatorTest {

  private static final char[] ALPHABET = {'a', 'Z', ' ', 'é', '€', '\n', '\t', '\r', '\u0000', '\u001F',
      '\u007F', '\u0085', '\u009F', '\u00A0', '\u00A1', '\u2028', '\u3000', '\uD800', '\uDBFF', '\uDC00',
      '\uDFFF', '\uD834', '\uDD1E', '\uD836', '\uD876', '\uFFFF', '\uFEFF'};

  @Test
  void acceptsExactlyWhatTheCodePointScanAccepts() {
    Random random = new Random(11);
    int accepted = 0;
    for (int n = 0; n < 300_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String text = b.toString();
      int max = 1 + random.nextInt(8);
      boolean expected = byCodePoint(text, max);
      assertThat(TextValidator.isText(text, max)).as("%s, max %d", text.chars().mapToObj(Integer::toHexString).toList(), max)
          .isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("the samples hold valid texts too").isGreaterThan(10_000);
  }

  @Test
  void countsCodePointsNotChars() {
    assertThat(TextValidator.isText("\uD834\uDD1E\uD834\uDD1E", 2)).isTrue();
    assertThat(TextValidator.isText("\uD834\uDD1E\uD834\uDD1Ea", 2)).isFalse();
    assertThat(TextValidator.isText("a\uDD1E", 5)).as("a lone low surrogate").isFalse();
    assertThat(TextValidator.isText("a\uD834", 5)).as("a high surrogate at the end").isFalse();
    assertThat(TextValidator.isText("a\u0085b", 5)).as("a C1 control").isFalse();
    assertThat(TextValidator.isText("a\nb", 5)).isTrue();
  }

  @Test
  void acceptsEverySupplementaryCharacter() {
    // U+2D800 (CJK Unified Ideographs Extension F) and U+1D800 (Sutton SignWriting): their low 16
    // bits fall among the surrogates' values, which once had them refused.
    for (int cp : new int[] {0x2D800, 0x1D800, 0x2DFFF, 0x1F600, 0x10000, 0x10FFFF}) {
      String text = "a" + new String(Character.toChars(cp)) + "b";
      assertThat(TextValidator.isText(text, 3)).as("U+%X", cp).isTrue();
      assertThat(TextValidator.isText(text, 2)).as("U+%X counts as one code point", cp).isFalse();
    }
  }

  /** The reference: the same rules, code point by code point. */
  private static boolean byCodePoint(CharSequence value, int max) {
    int length = value.length();
    if (length == 0 || length > 2L * max) {
      return false;
    }
    if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(length - 1))
        || Character.isSpaceChar(value.charAt(0)) || Character.isSpaceChar(value.charAt(length - 1))) {
      return false;
    }
    int codePoints = 0;
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(value, i);
      if (Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r') {
        return false;
      }
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        return false; // a lone surrogate
      }
      i += Character.charCount(cp);
      codePoints++;
    }
    return codePoints <= max;
  }
}
