package io.github.ldmlib.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Escaping and the page frame of the HTML reports: one self-contained file, no script, no external asset. */
public final class Html {

  private Html() {}

  private static final String CSS = resource("report.css");

  /**
   * Escapes a text for an HTML element or a quoted attribute.
   *
   * @param text the text, may be null (rendered as nothing)
   * @return the escaped text
   */
  public static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          // Control characters other than tab and line feeds cannot appear in an HTML document.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            s.append('\uFFFD');
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /** Turns an id into a token safe for an {@code id} attribute and a fragment link. */
  public static String anchor(String prefix, String id) {
    StringBuilder s = new StringBuilder(prefix);
    for (char c : id.toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
    }
    return s.toString();
  }

  /**
   * Opens a page: doctype, head with the title and the inline style sheet, body.
   *
   * @param s where to write
   * @param language {@code fr} or {@code en}
   * @param title the page title, unescaped
   */
  public static void open(StringBuilder s, String language, String title) {
    s.append("<!DOCTYPE html>\n<html lang=\"").append(esc(language)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ldm ").append(esc(Version.get())).append("\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  /** Closes a page with the generator's footer. */
  public static void close(StringBuilder s, Texts t) {
    s.append("<footer class=\"generated\">").append(esc(t.get("report.generated", Version.get())))
        .append("</footer>\n</body>\n</html>\n");
  }

  static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
