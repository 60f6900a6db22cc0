package io.github.ldmlib.io.internal;

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
 * Decodes UTF-8 strictly: invalid input is an {@link EncodingException} that says on which line and
 * column (in characters) the first invalid byte stands, after every valid character before it has
 * been delivered. A byte order mark at the very start is skipped. Closing this reader does not
 * close the stream.
 */
public final class Utf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean done;
  private boolean error;
  private boolean first = true;
  private long line = 1;
  private long column = 1;
  private boolean afterCarriageReturn;

  /**
   * Creates a reader.
   *
   * @param in the stream, not closed by this reader
   */
  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (error) {
        throw new EncodingException(line, column);
      }
      if (done) {
        return -1;
      }
      fill();
    }
    if (first) {
      first = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
        if (!chars.hasRemaining()) {
          return read(buffer, offset, length);
        }
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
        column = 1;
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = true;
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
    return n;
  }

  private void fill() throws IOException {
    chars.clear();
    if (!endOfInput) {
      bytes.compact();
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + r);
      }
      bytes.flip();
    }
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    if (result.isError()) {
      error = true;
    } else if (endOfInput && !bytes.hasRemaining()) {
      decoder.flush(chars);
      done = true;
    }
    chars.flip();
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }

  /** Invalid UTF-8, with the position of the first invalid byte. */
  public static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    EncodingException(long line, long column) {
      super("Invalid UTF-8 at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }

    /** The line of the first invalid byte. */
    public long line() {
      return line;
    }

    /** The column, in characters, at which the first invalid byte stands. */
    public long column() {
      return column;
    }
  }
}
