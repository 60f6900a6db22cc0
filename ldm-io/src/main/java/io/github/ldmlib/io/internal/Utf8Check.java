package io.github.ldmlib.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tells, in one cheap pass, whether bytes are well-formed UTF-8 exactly as {@link Utf8Reader}
 * decodes it (no overlong form, no surrogate, nothing above U+10FFFF) and hold no NUL byte.
 *
 * <p>Such bytes can be handed to Jackson's byte parser, which is faster than its character parser
 * but validates UTF-8 less strictly, detects UTF-16 and UTF-32 from NUL bytes, and counts columns
 * in bytes. A NUL byte is never part of a valid JSON text (it must be escaped in a string), so
 * refusing it costs nothing to valid documents and keeps the byte parser on UTF-8.
 */
public final class Utf8Check {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8Check() {}

  /**
   * Checks bytes.
   *
   * @param bytes the bytes
   * @param length how many of them, from the first
   * @return true if they are well-formed UTF-8 without a NUL byte
   */
  public static boolean isPlainUtf8(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      // Eight ASCII bytes, none of them NUL, at a time: the bulk of any JSON text.
      if (i + 8 <= length) {
        long x = (long) LONGS.get(bytes, i);
        if (((x | ((x - LOW_BITS) & ~x)) & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b == 0) {
          return false;
        }
        i++;
        continue;
      }
      int n;
      int min = 0x80;
      int max = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        n = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        n = 2;
        if (b == 0xE0) {
          min = 0xA0; // no overlong form
        } else if (b == 0xED) {
          max = 0x9F; // no surrogate
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        n = 3;
        if (b == 0xF0) {
          min = 0x90; // no overlong form
        } else if (b == 0xF4) {
          max = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return false;
      }
      if (i + n >= length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k <= n; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += n + 1;
    }
    return true;
  }
}
