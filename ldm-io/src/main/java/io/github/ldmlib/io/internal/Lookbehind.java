package io.github.ldmlib.io.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers the last characters it handed to the parser, by their offset from the
 * start of the text, so that an error can be placed at the start of the faulty token: the parser
 * reports some faults (a number with leading zeros, {@code NaN}, an over-long key) where it stopped,
 * after the token's first characters. It keeps a fixed {@value #KEPT} characters, more than the
 * parser reads ahead, so its cost is one array copy of each block read.
 */
public final class Lookbehind extends FilterReader {

  /** The characters kept: twice the block the parser reads at a time, and more than a key may have. */
  static final int KEPT = 16_384;

  private final char[] ring = new char[KEPT];
  private long total;

  /**
   * Wraps a reader.
   *
   * @param in the reader
   */
  public Lookbehind(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = in.read();
    if (c >= 0) {
      ring[(int) (total++ % KEPT)] = (char) c;
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      // Only the last KEPT characters matter; each goes to ring[its offset % KEPT], in two copies at most.
      int count = Math.min(n, KEPT);
      long start = total + n - count;
      int at = (int) (start % KEPT);
      int first = Math.min(count, KEPT - at);
      System.arraycopy(buffer, offset + n - count, ring, at, first);
      System.arraycopy(buffer, offset + n - count + first, ring, 0, count - first);
      total += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * The character at an offset of the text, if it is still kept.
   *
   * @param offset the offset from the start of the text, 0 for the first character
   * @return the character, or -1 if it was not read yet or is no longer kept
   */
  int charAt(long offset) {
    if (offset < 0 || offset >= total || offset < total - KEPT) {
      return -1;
    }
    return ring[(int) (offset % KEPT)];
  }

  /**
   * The offset where the token that ends at {@code end} starts: going back over the characters a
   * number or a literal is made of (letters, digits, signs, points).
   *
   * @param end the offset just after the token's last character read
   * @return the offset of its first character, or -1 if the characters are no longer kept
   */
  long tokenStart(long end) {
    long start = end;
    while (true) {
      int c = charAt(start - 1);
      if (c < 0) {
        return start == 0 ? 0 : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return start;
      }
      start--;
    }
  }

  /**
   * The offset of the opening quote of the key the parser was reading when it stopped at {@code
   * end}: either just after the key's closing quote, or inside the key.
   *
   * @param end the offset where the parser stopped
   * @return the offset of the opening quote, or -1 if it is no longer kept
   */
  long keyStart(long end) {
    long at = end - 1;
    if (unescapedQuote(at)) {
      at--; // the closing quote: the opening one is further back
    }
    for (; at >= 0 && charAt(at) >= 0; at--) {
      if (unescapedQuote(at)) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The text of a key between its quotes, when it holds no escape and is still kept whole.
   *
   * @param open the offset of the opening quote
   * @param end the offset where the parser stopped
   * @return the key, or null if it cannot be told exactly
   */
  String keyText(long open, long end) {
    if (!unescapedQuote(end - 1) || end - 1 <= open) {
      return null;
    }
    StringBuilder key = new StringBuilder((int) (end - 2 - open));
    for (long at = open + 1; at < end - 1; at++) {
      int c = charAt(at);
      if (c < 0 || c == '\\') {
        return null;
      }
      key.append((char) c);
    }
    return key.toString();
  }

  private boolean unescapedQuote(long at) {
    if (charAt(at) != '"') {
      return false;
    }
    int backslashes = 0;
    for (long back = at - 1; charAt(back) == '\\'; back--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }
}
