package io.github.ldmlib.report;

import static io.github.ldmlib.report.ReportRendererTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.review.ReviewFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML reports in a real browser, headless Chromium, and checks what the page shows.
 * The pages are rendered by {@link ReportRenderer} alone (no command line on the class path) and
 * written, with their screenshots, to {@code target/browser/} (outside git) to be looked at.
 *
 * <p>Chromium is Debian's {@code chromium} package, which {@code .ci/run} installs when it is
 * missing. Without it the test fails in CI ({@code CI=true}) and is skipped elsewhere.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path OUT = Path.of("target", "browser").toAbsolutePath();

  @TempDir
  static Path profile;

  @BeforeAll
  static void chromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("Chromium is missing at " + CHROMIUM + ": CI must install Debian's chromium package (see .ci/run)");
      }
      assumeTrue(false, "Chromium is not installed at " + CHROMIUM
          + ": the browser test is skipped (apt-get install chromium to run it)");
    }
    Files.createDirectories(OUT);
  }

  @Test
  void theCompleteDossiersReportShowsItsCriteriaAndFindings() throws Exception {
    Path html = report("dossier-complete.json", "dossier-complete");

    String dom = dumpDom(html);

    assertThat(count(dom, "<a class=\"tile ")).isEqualTo(8);
    assertThat(dom).contains("Rapport de conformité").contains("Lycée professionnel Marie-Marvingt")
        .contains("data-criterion=\"C1\"").contains("data-criterion=\"C8\"");
    assertThat(count(dom, "<tr class=\"finding\"")).isGreaterThan(0);
    assertThat(dom).contains("<svg").contains("class=\"sparkline");
    screenshot(html, "dossier-complete");
  }

  @Test
  void aDefectiveDossiersReportShowsTheFindingItWasMadeFor() throws Exception {
    Path html = report("defective/section-without-coordinator.json", "section-without-coordinator");

    String dom = dumpDom(html);

    assertThat(count(dom, "<a class=\"tile ")).isEqualTo(8);
    assertThat(dom).contains("data-criterion=\"C2\" data-verdict=\"NON_CONFORMING\"")
        .contains("<code>/sections/0/team/coordinator</code>")
        .contains("Section C2 › Équipe critère › Coordonnateur")
        .contains("À compléter").doesNotContain("Écart majeur");
    screenshot(html, "section-without-coordinator");
  }

  @Test
  void theFollowUpReportDrawsEachIndicatorsHistoryAgainstItsTrajectory() throws Exception {
    String page = ReportRenderer.french().render(ReportFormat.HTML, Examples.followUp(), Examples.WITH_SCHEDULE,
        Examples.FOLLOW_UP_AS_OF);
    Path html = OUT.resolve("follow-up-marie-marvingt.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);

    Path log = Files.createTempFile(profile, "console", ".log");
    String dom = new String(chromium(html, log, "--enable-logging=stderr", "--v=0", "--dump-dom"),
        StandardCharsets.UTF_8);

    // Four indicators with an id: C4.A1.I1 and C4.E1.I1 under C4, C7.A1.I1 and C7.N1 under C7.
    assertThat(count(dom, "<svg ")).isEqualTo(4);
    assertThat(dom).contains("data-indicator=\"C4.A1.I1\" data-status=\"reached\"")
        .contains("data-indicator=\"C4.E1.I1\" data-status=\"behind\"")
        .contains("data-indicator=\"C7.A1.I1\" data-status=\"no-recent-measure\"")
        .contains("data-indicator=\"C7.N1\" data-status=\"on-track\"");
    // Each series as a line of its values; the three with a target with their dotted trajectory.
    assertThat(count(dom, "<polyline class=\"trajectory\"")).isEqualTo(3);
    assertThat(count(dom, "<polyline fill=\"none\"")).isEqualTo(4);
    assertThat(section(dom, "C4.A1.I1")).contains("<circle").contains(">26</text>").contains(">cible 25</text>");
    assertThat(dom).contains("Ce que regardera le prochain audit de suivi")
        .contains("Audit de suivi à trois ans, dû le 2029-07-02")
        .contains("data-axis=\"AX-03\" data-addressed=\"no\"").contains("data-axis=\"AX-01\" data-addressed=\"yes\"");
    assertThat(page).doesNotContain("<script");
    assertThat(Files.readString(log)).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
    screenshot(html, "follow-up-marie-marvingt", 7000);
  }

  @Test
  void theFollowUpReportOfTheExampleHistoryRendersInTheBrowser() throws Exception {
    ReviewFile history = Examples.read(ReviewFile.class, "review-file-marie-marvingt.json");
    String page = ReportRenderer.french().render(ReportFormat.HTML, FollowUpInput.of(history), Examples.NATIONAL,
        history.documentDate().orElseThrow());
    Path html = OUT.resolve("follow-up-example-history.html");
    Files.writeString(html, page, StandardCharsets.UTF_8);

    Path log = Files.createTempFile(profile, "console", ".log");
    String dom = new String(chromium(html, log, "--enable-logging=stderr", "--v=0", "--dump-dom"),
        StandardCharsets.UTF_8);

    // One chart per indicator series of the history, each with its status on the file's date.
    long series = history.indicatorHistory().orElseThrow().indicatorIds().size();
    assertThat(series).isPositive();
    assertThat(count(dom, "<svg ")).isEqualTo(series);
    assertThat(count(dom, "data-status=\"")).isGreaterThanOrEqualTo((int) series);
    assertThat(dom).contains("Ce que regardera le prochain audit de suivi").contains("Bilans annuels");
    assertThat(page).doesNotContain("<script");
    assertThat(Files.readString(log)).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
    screenshot(html, "follow-up-example-history", 7000);
  }

  /** The markup of one indicator's figure. */
  private static String section(String dom, String indicatorId) {
    int start = dom.indexOf("data-indicator=\"" + indicatorId + "\"");
    return dom.substring(start, dom.indexOf("</figure>", start));
  }

  private static Path report(String example, String name) throws IOException {
    Dossier dossier = Examples.dossier(example);
    String page = ReportRenderer.french().render(ReportFormat.HTML, Examples.check(dossier, Locale.FRENCH),
        Examples.NATIONAL, dossier);
    Path html = OUT.resolve(name + ".html");
    Files.writeString(html, page, StandardCharsets.UTF_8);
    return html;
  }

  private static String dumpDom(Path html) throws Exception {
    return new String(chromium(html, "--dump-dom"), StandardCharsets.UTF_8);
  }

  private static void screenshot(Path html, String name) throws Exception {
    screenshot(html, name, 1800);
  }

  /** A screenshot of the page's first {@code height} pixels, 1200 wide. */
  private static void screenshot(Path html, String name, int height) throws Exception {
    Path png = OUT.resolve(name + ".png");
    Files.deleteIfExists(png);
    chromium(html, "--screenshot=" + png, "--window-size=1200," + height, "--hide-scrollbars");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes).hasSizeGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static byte[] chromium(Path html, String... action) throws Exception {
    return chromium(html, Files.createTempFile(profile, "chromium", ".log"), action);
  }

  /** Runs Chromium on a page, its standard error (with the page's console when logging is on) in a file. */
  private static byte[] chromium(Path html, Path log, String... action) throws Exception {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(List.of(action));
    command.add(html.toUri().toString());
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish: " + Files.readString(log));
    }
    assertThat(p.exitValue()).as("chromium exit code; its log: %s", Files.readString(log)).isZero();
    return out;
  }
}
