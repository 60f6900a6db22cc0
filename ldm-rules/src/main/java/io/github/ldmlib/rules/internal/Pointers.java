package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.validation.LdmValidation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** RFC 6901 JSON Pointers: building, parsing and a natural order (list indexes compare as numbers). */
public final class Pointers {

  private Pointers() {}

  /** Orders pointers token by token; two numeric tokens compare as numbers, so /sections/2 precedes /sections/10. */
  public static final Comparator<String> ORDER = Pointers::compare;

  /**
   * Appends tokens to a pointer, escaping each.
   *
   * @param base the pointer to extend, possibly empty
   * @param tokens property names (strings) or list indexes (integers)
   * @return the extended pointer
   */
  public static String append(String base, Object... tokens) {
    StringBuilder b = new StringBuilder(base.length() + 16 * tokens.length).append(base);
    for (Object token : tokens) {
      b.append('/');
      if (token instanceof Integer index) {
        b.append(index.intValue()); // digits need no escaping
      } else {
        b.append(LdmValidation.escape(String.valueOf(token)));
      }
    }
    return b.toString();
  }

  /**
   * Builds a pointer from the root.
   *
   * @param tokens property names or list indexes
   * @return the pointer
   */
  public static String of(Object... tokens) {
    return append("", tokens);
  }

  /**
   * Splits a pointer into its unescaped tokens.
   *
   * @param pointer the pointer
   * @return the tokens; empty for the empty pointer
   * @throws IllegalArgumentException if the text is not a JSON Pointer
   */
  public static List<String> parse(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/'");
    }
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= pointer.length(); i++) {
      if (i == pointer.length() || pointer.charAt(i) == '/') {
        tokens.add(token.toString());
        token.setLength(0);
        continue;
      }
      char c = pointer.charAt(i);
      if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : 0;
        if (next == '0') {
          token.append('~');
        } else if (next == '1') {
          token.append('/');
        } else {
          throw new IllegalArgumentException("'~' must be followed by 0 or 1");
        }
        i++;
      } else {
        token.append(c);
      }
    }
    return tokens;
  }

  /**
   * Reads a token as a list index: "0", or digits without a leading zero.
   *
   * @param token the token
   * @return the index, or -1 if the token is not an index
   */
  public static int index(String token) {
    int n = token.length();
    if (n == 0 || n > 9 || (n > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    List<String> x = parse(a);
    List<String> y = parse(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      String s = x.get(i);
      String t = y.get(i);
      int m = index(s);
      int n = index(t);
      int c;
      if (m >= 0 && n >= 0) {
        c = Integer.compare(m, n);
      } else if (m >= 0 || n >= 0) {
        c = m >= 0 ? -1 : 1;
      } else {
        c = s.compareTo(t);
      }
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(x.size(), y.size());
    return c != 0 ? c : a.compareTo(b);
  }
}
