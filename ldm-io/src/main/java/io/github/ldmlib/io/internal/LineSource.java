package io.github.ldmlib.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits JSON Lines input into lines, holding at most one line in memory, never more than the
 * length limit. A line ends at a line feed; a carriage return before it is dropped. A line that
 * is too long, or (from bytes) not valid UTF-8, is reported as such and the next line is read
 * normally.
 */
public abstract class LineSource implements Closeable {

  /** One line of input. */
  public record Line(long number, String text, Fault fault, long faultColumn) {}

  /** Why a line could not be read. */
  public enum Fault {
    /** Longer than the limit. */
    TOO_LONG,
    /** Not valid UTF-8. */
    ENCODING
  }

  final long maxChars;
  long number;

  LineSource(long maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of input
   * @throws IOException if reading fails
   */
  public abstract Line next() throws IOException;

  /**
   * Splits a byte stream (UTF-8).
   *
   * @param in the stream; closed by {@link #close()} only if {@code owned}
   * @param maxChars the longest line, in characters
   * @param owned whether closing this source closes the stream
   * @return the source
   */
  public static LineSource of(InputStream in, long maxChars, boolean owned) {
    return new Bytes(in, maxChars, owned);
  }

  /**
   * Splits a character stream.
   *
   * @param in the reader; closed by {@link #close()} only if {@code owned}
   * @param maxChars the longest line, in characters
   * @param owned whether closing this source closes the reader
   * @return the source
   */
  public static LineSource of(Reader in, long maxChars, boolean owned) {
    return new Chars(in, maxChars, owned);
  }

  private static final class Bytes extends LineSource {
    private final InputStream in;
    private final boolean owned;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int end;
    private boolean eof;
    private byte[] line = new byte[256];

    Bytes(InputStream in, long maxChars, boolean owned) {
      super(maxChars);
      this.in = in;
      this.owned = owned;
    }

    @Override
    public Line next() throws IOException {
      // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
      long maxBytes = Math.min(Integer.MAX_VALUE - 16, maxChars * 3);
      int length = 0;
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == end) {
          if (eof || !fillBuffer()) {
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        byte b = buffer[pos++];
        if (b == '\n') {
          break;
        }
        if (tooLong) {
          continue;
        }
        if (length == maxBytes) {
          tooLong = true;
          continue;
        }
        if (length == line.length) {
          line = java.util.Arrays.copyOf(line, (int) Math.min(maxBytes, 2L * line.length));
        }
        line[length++] = b;
      }
      number++;
      if (tooLong) {
        return new Line(number, null, Fault.TOO_LONG, maxChars + 1);
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer out = CharBuffer.allocate(length);
      CoderResult result = decoder.decode(ByteBuffer.wrap(line, 0, length), out, true);
      if (result.isError()) {
        return new Line(number, null, Fault.ENCODING, out.position() + 1L);
      }
      try {
        decoder.flush(out);
      } catch (IllegalStateException e) {
        return new Line(number, null, Fault.ENCODING, out.position() + 1L);
      }
      out.flip();
      int skip = number == 1 && out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
      String text = out.subSequence(skip, out.length()).toString();
      if (text.length() > maxChars) {
        return new Line(number, null, Fault.TOO_LONG, maxChars + 1);
      }
      if (line.length > 65_536) {
        line = new byte[256]; // do not keep a huge buffer after a huge line
      }
      return new Line(number, text, null, 0);
    }

    private boolean fillBuffer() throws IOException {
      int r = in.read(buffer, 0, buffer.length);
      if (r < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = r;
      return true;
    }

    @Override
    public void close() throws IOException {
      if (owned) {
        in.close();
      }
    }
  }

  private static final class Chars extends LineSource {
    private final Reader in;
    private final boolean owned;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private boolean eof;

    Chars(Reader in, long maxChars, boolean owned) {
      super(maxChars);
      this.in = in;
      this.owned = owned;
    }

    @Override
    public Line next() throws IOException {
      StringBuilder sb = new StringBuilder();
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == end) {
          if (eof || !fillBuffer()) {
            if (!any) {
              return null;
            }
            break;
          }
        }
        any = true;
        char c = buffer[pos++];
        if (c == '\n') {
          break;
        }
        if (tooLong) {
          continue;
        }
        if (sb.length() > maxChars) {
          tooLong = true;
          sb = new StringBuilder();
          continue;
        }
        sb.append(c);
      }
      number++;
      if (!tooLong && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
        sb.setLength(sb.length() - 1);
      }
      if (tooLong || sb.length() > maxChars) {
        return new Line(number, null, Fault.TOO_LONG, maxChars + 1);
      }
      int skip = number == 1 && sb.length() > 0 && sb.charAt(0) == '\uFEFF' ? 1 : 0;
      return new Line(number, sb.substring(skip), null, 0);
    }

    private boolean fillBuffer() throws IOException {
      int r;
      do {
        r = in.read(buffer, 0, buffer.length);
      } while (r == 0);
      if (r < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = r;
      return true;
    }

    @Override
    public void close() throws IOException {
      if (owned) {
        in.close();
      }
    }
  }
}
