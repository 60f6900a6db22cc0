package io.github.ldmlib.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The last characters read are kept by their offset, across blocks of any size and the ring's wrap. */
class LookbehindTest {

  @Test
  void theLastCharactersAreKeptByTheirOffset() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3 * Lookbehind.KEPT + 123; i++) {
      text.append((char) ('a' + i % 26));
    }
    Lookbehind in = new Lookbehind(new StringReader(text.toString()));
    char[] buffer = new char[Lookbehind.KEPT + 500];
    int[] sizes = {1, 4000, 7, Lookbehind.KEPT + 500, 3, 4000};
    int read = 0;
    for (int i = 0; ; i++) {
      int n = in.read(buffer, 5, Math.min(sizes[i % sizes.length], buffer.length - 5));
      if (n < 0) {
        break;
      }
      read += n;
      for (long offset = Math.max(0, read - Lookbehind.KEPT); offset < read; offset += 97) {
        assertThat((char) in.charAt(offset)).isEqualTo(text.charAt((int) offset));
      }
      assertThat(in.charAt(read - 1)).isEqualTo(text.charAt(read - 1));
      assertThat(in.charAt(read)).isEqualTo(-1);
      if (read > Lookbehind.KEPT) {
        assertThat(in.charAt(read - Lookbehind.KEPT - 1)).isEqualTo(-1);
      }
    }
    assertThat(read).isEqualTo(text.length());
  }
}
