package io.github.ldmlib.io.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * Finds the names of a set of people in texts and replaces them, and replaces the local part of
 * every e-mail address, for {@code Redaction}.
 *
 * <p>Names and texts are compared in a folded form ({@link #fold}): letter case, accents,
 * apostrophes, spaces, invisible characters, {@code ß} and ligatures do not matter, so {@code
 * LEFEVRE} is {@code Lefèvre}, {@code N’Diaye} is {@code N'Diaye}, {@code Le Goff} with a no-break
 * space is {@code Le Goff}. A name matches whole words only. The names are held in a trie of
 * their words, so that one text is read once, whatever the number of names: the work is the
 * number of words of the text times at most the number of words of the longest name. Offsets into
 * the original text are kept through folding, even where it changes lengths ({@code ß} to {@code
 * ss}, a soft hyphen to nothing).
 *
 * <p>Immutable once built, and thread-safe but for the work counter, which is a test aid.
 */
public final class NameMatcher {

  /** The folded form of each code point below U+3000 (Latin, Greek, Cyrillic, punctuation), computed once. */
  private static final AtomicReferenceArray<String> COMMON = new AtomicReferenceArray<>(0x3000);
  /** The folded form of the other code points met, computed once. */
  private static final Map<Integer, String> OTHERS = new ConcurrentHashMap<>();
  private static final int MAX_OTHERS = 4096;

  private final Node root = new Node();
  private final UnaryOperator<String> emailPseudonym;
  private long work;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    String pseudonym;
  }

  /**
   * Builds a matcher.
   *
   * @param pseudonyms the pseudonym of each name, by the name's folded form ({@link #fold})
   * @param emailPseudonym gives the replacement of an e-mail address's local part, from its folded form
   */
  public NameMatcher(Map<String, String> pseudonyms, UnaryOperator<String> emailPseudonym) {
    this.emailPseudonym = emailPseudonym;
    for (Map.Entry<String, String> e : pseudonyms.entrySet()) {
      Folded name = new Folded(e.getKey());
      Node node = root;
      int previousEnd = -1;
      for (int w = name.nextWord(0); w >= 0; w = name.nextWord(name.wordEnd(w))) {
        int end = name.wordEnd(w);
        String edge = previousEnd < 0 ? name.text.substring(w, end) : name.text.substring(previousEnd, end);
        node = node.next.computeIfAbsent(edge, k -> new Node());
        previousEnd = end;
      }
      if (node != root && node.pseudonym == null) {
        node.pseudonym = e.getValue();
      }
    }
  }

  /**
   * The folded form of a text: lower case, without accents or other marks, {@code ß} as {@code
   * ss}, {@code œ} as {@code oe}, {@code æ} as {@code ae}, every apostrophe as {@code '}, every dash
   * as {@code -}, every run of spaces as one space, invisible characters (soft hyphen, zero-width
   * spaces and joiners, byte order mark) removed, and no space at either end.
   *
   * @param text the text
   * @return its folded form
   */
  public static String fold(String text) {
    return new Folded(text).text.strip();
  }

  /** How many steps the matcher has taken over all the texts it read: a measure of its work. */
  public long work() {
    return work;
  }

  /**
   * Replaces every name in a text, and the local part of every e-mail address.
   *
   * @param text the text
   * @return the text with pseudonyms; the same instance if nothing was replaced
   */
  public String replace(String text) {
    Folded f = new Folded(text);
    StringBuilder out = null;
    int copied = 0; // in the original text
    int w = f.nextWord(0);
    while (w >= 0) {
      work++;
      int email = f.emailLocalPartEnd(w);
      if (email >= 0) {
        int start = f.start[w];
        int end = f.originalEnd(email);
        out = append(out, text, copied, start).append(emailPseudonym.apply(f.text.substring(w, email)));
        copied = end;
        w = f.nextWord(email);
        continue;
      }
      // The longest name that starts with this word.
      int wordEnd = f.wordEnd(w);
      Node node = root.next.get(f.text.substring(w, wordEnd));
      int matchEnd = -1;
      String pseudonym = null;
      int end = wordEnd;
      while (node != null) {
        if (node.pseudonym != null) {
          matchEnd = end;
          pseudonym = node.pseudonym;
        }
        int next = f.nextWord(end);
        if (next < 0 || node.next.isEmpty()) {
          break;
        }
        work++;
        int nextEnd = f.wordEnd(next);
        node = node.next.get(f.text.substring(end, nextEnd));
        end = nextEnd;
      }
      if (pseudonym != null) {
        out = append(out, text, copied, f.start[w]).append(pseudonym);
        copied = f.originalEnd(matchEnd);
        w = f.nextWord(matchEnd);
      } else {
        w = f.nextWord(wordEnd);
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static StringBuilder append(StringBuilder out, String text, int from, int to) {
    StringBuilder b = out != null ? out : new StringBuilder(text.length() + 16);
    return b.append(text, from, to);
  }

  /** A text in folded form, with the offset in the original text of each folded character. */
  private static final class Folded {
    final String text;
    /** The offset in the original text of the code point each folded character comes from. */
    final int[] start;
    final int originalLength;

    Folded(String original) {
      originalLength = original.length();
      char[] folded = new char[original.length() + 8];
      int[] starts = new int[folded.length];
      int n = 0;
      for (int i = 0; i < original.length(); ) {
        char c = original.charAt(i);
        if (c < 0x80) {
          char f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c <= ' ' ? ' ' : c;
          if (f != ' ' || (n > 0 && folded[n - 1] != ' ')) {
            if (n == folded.length) {
              folded = Arrays.copyOf(folded, n * 2);
              starts = Arrays.copyOf(starts, n * 2);
            }
            folded[n] = f;
            starts[n++] = i;
          }
          i++;
          continue;
        }
        int cp = original.codePointAt(i);
        String f = foldCodePoint(cp);
        for (int k = 0; k < f.length(); k++) {
          char fc = f.charAt(k);
          if (fc == ' ' && (n == 0 || folded[n - 1] == ' ')) {
            continue; // runs of spaces are one space
          }
          if (n == folded.length) {
            folded = Arrays.copyOf(folded, n * 2);
            starts = Arrays.copyOf(starts, n * 2);
          }
          folded[n] = fc;
          starts[n++] = i;
        }
        i += Character.charCount(cp);
      }
      text = new String(folded, 0, n);
      start = starts;
    }

    /** The offset in the original text just after the folded characters before {@code end}. */
    int originalEnd(int end) {
      // Up to the next folded character: marks and invisible characters after a word go with it.
      return end < text.length() ? start[end] : originalLength;
    }

    /** The start of the first word at or after {@code from}, or -1. */
    int nextWord(int from) {
      for (int i = from; i < text.length(); i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    int wordEnd(int from) {
      int i = from;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * When the word at {@code w} begins the local part of an e-mail address, the end of that part
     * (the offset of its {@code @}); else -1. A local part is letters, digits and {@code . _ % +
     * - '}; the domain after the {@code @} has a dot between two letters or digits.
     */
    int emailLocalPartEnd(int w) {
      if (w > 0 && isLocalPartChar(text.charAt(w - 1))) {
        return -1; // not the start of the local part
      }
      int i = w;
      while (i < text.length() && isLocalPartChar(text.charAt(i))) {
        i++;
      }
      if (i >= text.length() || text.charAt(i) != '@') {
        return -1;
      }
      int j = i + 1;
      boolean dot = false;
      while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
          || text.charAt(j) == '-')) {
        if (text.charAt(j) == '.' && j > i + 1 && j + 1 < text.length()
            && Character.isLetterOrDigit(text.charAt(j - 1)) && Character.isLetterOrDigit(text.charAt(j + 1))) {
          dot = true;
        }
        j++;
      }
      return dot ? i : -1;
    }

    private static boolean isLocalPartChar(char c) {
      return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\'';
    }
  }

  /** The folded form of one code point that is not ASCII. */
  private static String foldCodePoint(int cp) {
    if (cp < COMMON.length()) {
      String f = COMMON.get(cp);
      if (f == null) {
        f = foldSlowly(cp);
        COMMON.set(cp, f);
      }
      return f;
    }
    String f = OTHERS.get(cp);
    if (f == null) {
      f = foldSlowly(cp);
      if (OTHERS.size() < MAX_OTHERS) {
        OTHERS.put(cp, f); // bounded: a text of every code point cannot grow it
      }
    }
    return f;
  }

  private static String foldSlowly(int cp) {
    switch (cp) {
      case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x034F:
        return ""; // soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM, ...
      case 0x2018, 0x2019, 0x201B, 0x02BC, 0x02B9, 0x2032, 0x00B4, 0xFF07:
        return "'";
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D:
        return "-";
      case 0x00DF, 0x1E9E:
        return "ss";
      case 0x0153, 0x0152:
        return "oe";
      case 0x00E6, 0x00C6:
        return "ae";
      case 0x0131:
        return "i"; // dotless i
      default:
        break;
    }
    if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
      return " "; // no-break space, narrow no-break space, and every other space
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return ""; // other invisible formatting characters
    }
    String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed.codePoints().forEach(c -> {
      int t = Character.getType(c);
      if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.COMBINING_SPACING_MARK) {
        b.appendCodePoint(c);
      }
    });
    String lower = b.toString().toLowerCase(Locale.ROOT);
    if (lower.length() == b.length()) {
      return lower;
    }
    // A lower case that adds marks (the dotted capital I): remove them again.
    StringBuilder again = new StringBuilder(lower.length());
    lower.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(again::appendCodePoint);
    return again.toString();
  }
}
