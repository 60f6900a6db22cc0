package io.github.ldmlib.office.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Lays an HTML report of ldm-report out on A4 pages: the HTML5 page is parsed by jsoup into a DOM,
 * a print style sheet is added (the PDF renderer knows CSS 2.1, not the custom properties and grids
 * of the screen style; it draws no SVG, so the charts are left out and their figures, which the
 * page also gives in words, remain), and the text is set in the bundled DejaVu Sans, embedded as a
 * subset.
 */
public final class HtmlToPdf {

  /** The bundled font family, which covers French (accents, ligatures, guillemets). */
  public static final String FONT = "DejaVu Sans";

  private static final String PRINT_CSS = """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
          font-size: 8pt; color: #57606a; } }
      body { font-family: 'DejaVu Sans'; max-width: none; padding: 0; font-size: 10pt; color: #1f2328; }
      h1 { font-size: 17pt; } h2 { font-size: 13pt; border-bottom: 2px solid #d0d7de;
        page-break-after: avoid; } h3 { font-size: 11pt; page-break-after: avoid; }
      code { font-family: 'DejaVu Sans'; background: #f6f8fa; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #d0d7de; padding: 3pt 4pt; vertical-align: top; text-align: left; }
      th { background: #eef0f2; }
      tr { page-break-inside: avoid; }
      dl.facts dt { float: left; clear: left; width: 40%; color: #57606a; }
      dl.facts dd { margin-left: 42%; }
      .badge { border: 1px solid #57606a; padding: 1pt 5pt; border-radius: 6pt; font-weight: bold; }
      .v-ok { color: #1a7f37; background: #e6f4ea; border-color: #1a7f37; }
      .v-obs { color: #9a6700; background: #fff4d6; border-color: #9a6700; }
      .v-gap { color: #b42318; background: #fde8e7; border-color: #b42318; }
      .v-none { color: #57606a; background: #eef0f2; }
      svg { display: none; }
      """;

  private HtmlToPdf() {}

  /** Writes the PDF of an HTML page. */
  public static void write(String html, OutputStream out) throws IOException {
    Document parsed = Jsoup.parse(html);
    parsed.head().appendElement("style").appendText(PRINT_CSS);
    org.w3c.dom.Document dom = W3CDom.convert(parsed);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400,
        PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700,
        PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.withW3cDocument(dom, "about:blank");
    builder.toStream(out);
    builder.run();
  }

  private static InputStream font(String name) {
    InputStream in = HtmlToPdf.class.getResourceAsStream("/io/github/ldmlib/office/fonts/" + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("font missing from the jar: " + name));
    }
    return in;
  }
}
