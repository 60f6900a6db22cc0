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
 *
 * <p>An instance checks bytes as they stream by, in chunks cut anywhere (a character may span two
 * chunks), while they are still in the processor's cache: {@link #accept} each chunk in order, then
 * ask {@link #isComplete()}. An instance is not thread-safe; {@link #isPlainUtf8} is.
 */
public final class Utf8Check {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** Continuation bytes still expected by the character being read; -1 once the bytes are refused. */
  private int pending;
  /** The range of the next continuation byte. */
  private int min = 0x80;
  private int max = 0xBF;

  /** Starts a check. */
  public Utf8Check() {}

  /**
   * Checks bytes.
   *
   * @param bytes the bytes
   * @param length how many of them, from the first
   * @return true if they are well-formed UTF-8 without a NUL byte
   */
  public static boolean isPlainUtf8(byte[] bytes, int length) {
    Utf8Check check = new Utf8Check();
    return check.accept(bytes, 0, length) && check.isComplete();
  }

  /**
   * Checks the next chunk of bytes.
   *
   * @param bytes the array holding the chunk
   * @param offset where the chunk starts
   * @param length how many bytes it holds
   * @return false if the bytes so far cannot be plain UTF-8 (and so will never be)
   */
  public boolean accept(byte[] bytes, int offset, int length) {
    // The state lives in locals while the loop runs, so that the compiler keeps it in registers.
    int pending = this.pending;
    int min = this.min;
    int max = this.max;
    if (pending < 0) {
      return false;
    }
    int end = offset + length;
    int i = offset;
    while (i < end) {
      if (pending > 0) {
        int b = bytes[i] & 0xFF;
        if (b < min || b > max) {
          this.pending = -1;
          return false;
        }
        min = 0x80;
        max = 0xBF;
        pending--;
        i++;
        continue;
      }
      // Eight ASCII bytes, none of them NUL, at a time: the bulk of any JSON text.
      if (i + 8 <= end) {
        long x = (long) LONGS.get(bytes, i);
        if (((x | ((x - LOW_BITS) & ~x)) & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
      }
      int b = bytes[i] & 0xFF;
      i++;
      if (b < 0x80) {
        if (b == 0) {
          this.pending = -1;
          return false;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        if (b == 0xE0) {
          min = 0xA0; // no overlong form
        } else if (b == 0xED) {
          max = 0x9F; // no surrogate
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        if (b == 0xF0) {
          min = 0x90; // no overlong form
        } else if (b == 0xF4) {
          max = 0x8F; // nothing above U+10FFFF
        }
      } else {
        this.pending = -1;
        return false;
      }
    }
    this.pending = pending;
    this.min = min;
    this.max = max;
    return true;
  }

  /**
   * Tells whether every byte accepted so far is plain UTF-8 and no character is left unfinished.
   *
   * @return true if the bytes accepted so far are well-formed UTF-8 without a NUL byte
   */
  public boolean isComplete() {
    return pending == 0;
  }
}
