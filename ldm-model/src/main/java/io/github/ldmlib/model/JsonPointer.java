package io.github.ldmlib.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Pointer (RFC 6901), the one way the library names a place in a document: where a Bean
 * Validation violation lies, where a finding of a check lies, where a read error lies, which
 * element a report describes. For example {@code /sections/3/actions/0/addedValue}: the property
 * {@code addedValue} of the first action of the fourth criterion section.
 *
 * <p>A pointer is a sequence of reference tokens; a token is a property name (the JSON key, which
 * is also the model's accessor name) or a list index written in decimal. The text form prefixes
 * each token with {@code /} and escapes {@code ~} as {@code ~0} and {@code /} as {@code ~1}; the
 * empty text is the {@linkplain #root() root}, the document as a whole.
 *
 * <pre>{@code
 * JsonPointer p = JsonPointer.root().append("sections").append(3).append("team");
 * p.toString();                                   // "/sections/3/team"
 * JsonPointer.parse("/sections/3/team").equals(p)  // true
 * p.parent().orElseThrow().toString();            // "/sections/3"
 * }</pre>
 *
 * <p>Pointers compare token by token in their <em>natural order</em>: two index tokens compare as
 * numbers ({@code /sections/2} before {@code /sections/10}), an index before a name, names by
 * their characters; a pointer comes before the pointers it is a prefix of. Appending a token costs
 * one small object: a pointer shares its parent. Instances are immutable and thread-safe.
 */
public final class JsonPointer implements Comparable<JsonPointer> {

  private static final JsonPointer ROOT = new JsonPointer(null, null);

  /** Longest index token read as a list index: nine digits fit an {@code int}. */
  private static final int MAX_INDEX_DIGITS = 9;

  private final JsonPointer parent;
  private final String token;
  private final int depth;
  private final int hash;

  private JsonPointer(JsonPointer parent, String token) {
    this.parent = parent;
    this.token = token;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.hash = parent == null ? 1 : 31 * parent.hash + token.hashCode();
  }

  /**
   * Returns the root pointer, the empty text: the document as a whole.
   *
   * @return the root
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Obtains a pointer from its unescaped tokens.
   *
   * @param tokens the tokens, property names or decimal indexes, not null
   * @return the pointer; the root if there is no token
   * @throws NullPointerException if a token is null
   */
  public static JsonPointer of(String... tokens) {
    JsonPointer p = ROOT;
    for (String t : tokens) {
      p = p.append(t);
    }
    return p;
  }

  /**
   * Parses the text form of a pointer (RFC 6901, section 3).
   *
   * @param text the text, for example {@code /sections/3/team}; the empty text is the root
   * @return the pointer
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not start with {@code /} or holds a {@code ~}
   *     not followed by {@code 0} or {@code 1}; the message gives the position
   */
  public static JsonPointer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n == 0) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("Invalid JSON Pointer '" + Uai.abbreviate(text.toString())
          + "': it must be empty or start with '/'");
    }
    JsonPointer p = ROOT;
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      if (i == n || text.charAt(i) == '/') {
        p = p.append(token.toString());
        token.setLength(0);
        continue;
      }
      char c = text.charAt(i);
      if (c == '~') {
        char next = i + 1 < n ? text.charAt(i + 1) : 0;
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException("Invalid JSON Pointer '" + Uai.abbreviate(text.toString())
              + "': '~' at position " + i + " must be followed by 0 or 1");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return p;
  }

  /**
   * Returns this pointer extended by a property name or an index token.
   *
   * @param token the unescaped token, not null
   * @return the child pointer
   */
  public JsonPointer append(String token) {
    return new JsonPointer(this, Objects.requireNonNull(token, "token"));
  }

  /**
   * Returns this pointer extended by a list index.
   *
   * @param index the index, not negative
   * @return the child pointer
   * @throws IllegalArgumentException if the index is negative
   */
  public JsonPointer append(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("A list index is not negative: " + index);
    }
    return new JsonPointer(this, Integer.toString(index));
  }

  /**
   * Returns this pointer extended by the tokens of another, read relative to this one.
   *
   * @param relative the pointer to append, not null
   * @return the combined pointer
   */
  public JsonPointer append(JsonPointer relative) {
    JsonPointer p = this;
    for (String t : relative.tokens()) {
      p = p.append(t);
    }
    return p;
  }

  /** True for the root pointer, the empty text. */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * Returns the pointer without its last token.
   *
   * @return the parent, or empty for the root
   */
  public Optional<JsonPointer> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns the last token, unescaped.
   *
   * @return the token, or empty for the root
   */
  public Optional<String> lastToken() {
    return Optional.ofNullable(token);
  }

  /** The number of tokens: 0 for the root. */
  public int depth() {
    return depth;
  }

  /**
   * Returns the tokens, unescaped, from the root down.
   *
   * @return an unmodifiable list; empty for the root
   */
  public List<String> tokens() {
    String[] tokens = new String[depth];
    JsonPointer p = this;
    for (int i = depth - 1; i >= 0; i--) {
      tokens[i] = p.token;
      p = p.parent;
    }
    return List.of(tokens);
  }

  /**
   * Returns the token at a position.
   *
   * @param position from 0 (the first token below the root) to {@code depth() - 1}
   * @return the unescaped token
   * @throws IndexOutOfBoundsException if there is no token at that position
   */
  public String token(int position) {
    Objects.checkIndex(position, depth);
    JsonPointer p = this;
    for (int i = depth - 1; i > position; i--) {
      p = p.parent;
    }
    return p.token;
  }

  /**
   * Tells whether this pointer is the given one or lies below it.
   *
   * @param prefix the pointer, not null
   * @return true if every token of {@code prefix} begins this pointer
   */
  public boolean startsWith(JsonPointer prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.depth > depth) {
      return false;
    }
    JsonPointer p = this;
    while (p.depth > prefix.depth) {
      p = p.parent;
    }
    return p.equals(prefix);
  }

  /**
   * Reads a token as a list index: {@code 0}, or decimal digits without a leading zero, at most nine
   * of them.
   *
   * @param token the token, not null
   * @return the index, or -1 if the token is not one
   */
  public static int index(String token) {
    int n = token.length();
    if (n == 0 || n > MAX_INDEX_DIGITS || (n > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Escapes one reference token for the text form: {@code ~} becomes {@code ~0}, {@code /} becomes
   * {@code ~1}.
   *
   * @param token the unescaped token, not null
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the text form: empty for the root, else each token escaped and prefixed with {@code /}. */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(depth * 12);
    appendTo(b);
    return b.toString();
  }

  private void appendTo(StringBuilder b) {
    if (parent != null) {
      parent.appendTo(b);
      b.append('/').append(escape(token));
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JsonPointer that) || hash != that.hash || depth != that.depth) {
      return false;
    }
    JsonPointer a = this;
    JsonPointer b = that;
    while (a != b) {
      if (!a.token.equals(b.token)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Compares in the natural order: token by token, two index tokens as numbers, an index before a
   * name, names by their characters; a prefix first.
   */
  @Override
  public int compareTo(JsonPointer other) {
    if (this == other) {
      return 0;
    }
    List<String> x = chain(this);
    List<String> y = chain(other);
    int common = Math.min(x.size(), y.size());
    for (int i = 0; i < common; i++) {
      int c = compareTokens(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static List<String> chain(JsonPointer p) {
    List<String> tokens = new ArrayList<>(p.depth);
    for (JsonPointer q = p; q.parent != null; q = q.parent) {
      tokens.add(q.token);
    }
    Collections.reverse(tokens);
    return tokens;
  }

  private static int compareTokens(String s, String t) {
    int m = index(s);
    int n = index(t);
    if (m >= 0 && n >= 0) {
      return Integer.compare(m, n);
    }
    if (m >= 0 || n >= 0) {
      return m >= 0 ? -1 : 1;
    }
    return s.compareTo(t);
  }
}
