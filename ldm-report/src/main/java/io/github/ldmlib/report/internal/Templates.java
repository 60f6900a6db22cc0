package io.github.ldmlib.report.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * Renders the precompiled templates of {@code src/main/jte}: {@code html/…} with jte's HTML
 * content type, which escapes every value by its context, and {@code plain/…} (Markdown, terminal
 * text), which writes values as they are. Templates are classes generated at build time in {@code
 * internal.html} and {@code internal.plain}; rendering needs no compiler and no template file.
 */
public final class Templates {

  private Templates() {}

  private static final TemplateEngine HTML = precompiled(ContentType.Html, "io.github.ldmlib.report.internal.html");
  private static final TemplateEngine PLAIN = precompiled(ContentType.Plain, "io.github.ldmlib.report.internal.plain");

  /**
   * Renders an HTML template.
   *
   * @param name the template's path under {@code src/main/jte/html}, for example {@code conformity.jte}
   * @param view its one parameter
   * @return the page
   */
  public static String html(String name, Object view) {
    StringOutput out = new StringOutput(64 * 1024);
    HTML.render(name, view, new ReadableHtmlOutput(out));
    return out.toString();
  }

  /**
   * Renders a plain template.
   *
   * @param name the template's path under {@code src/main/jte/plain}, for example {@code markdown/conformity.jte}
   * @param view its one parameter
   * @return the text
   */
  public static String plain(String name, Object view) {
    StringOutput out = new StringOutput(32 * 1024);
    PLAIN.render(name, view, out);
    return out.toString();
  }

  /**
   * An engine that loads the generated classes with this module's class loader. jte takes the
   * thread's context class loader when the engine is created; in an application server or a plugin
   * host that loader may not see this library, so it is this module's own loader for that moment.
   */
  private static TemplateEngine precompiled(ContentType type, String packageName) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(Templates.class.getClassLoader());
    try {
      return TemplateEngine.createPrecompiled(null, type, null, packageName);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * jte's HTML output, escaping every value by its context, for values cleaned first of the control
   * characters an HTML document cannot hold (all below U+0020 but tab, line feed and carriage
   * return): each becomes U+FFFD. The model's texts exclude them, but a document read without
   * validation may still carry one.
   */
  private static final class ReadableHtmlOutput extends OwaspHtmlTemplateOutput {

    ReadableHtmlOutput(TemplateOutput out) {
      super(out);
    }

    @Override
    public void writeUserContent(String value) {
      super.writeUserContent(value == null ? null : clean(value));
    }

    private static String clean(String value) {
      StringBuilder s = null;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          if (s == null) {
            s = new StringBuilder(value);
          }
          s.setCharAt(i, '\uFFFD');
        }
      }
      return s == null ? value : s.toString();
    }
  }
}
