package io.github.ldmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.dossier.Dossier;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rendering needs this module alone: neither the command line ({@code ldm-cli}) nor picocli is on
 * the test class path, nor the jte compiler, since the templates were compiled at build time.
 */
class OnlyThisModuleTest {

  @Test
  void neitherTheCommandLineNorPicocliNorTheTemplateCompilerIsOnTheClassPath() {
    ClassLoader loader = OnlyThisModuleTest.class.getClassLoader();

    for (String name : new String[] {"io.github.ldmlib.cli.Ldm", "io.github.ldmlib.cli.internal.ReportCommand",
        "picocli.CommandLine", "gg.jte.compiler.TemplateCompiler"}) {
      assertThatThrownBy(() -> Class.forName(name, false, loader)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
    assertThat(loader.getResource("io/github/ldmlib/cli")).isNull();
  }

  @Test
  void aReportIsRenderedAllTheSame() throws Exception {
    Dossier dossier = Examples.complete();

    String html = ReportRenderer.english().render(ReportFormat.HTML, Examples.check(dossier, Locale.ENGLISH),
        Examples.NATIONAL, dossier);

    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<h1>Conformity report</h1>")
        .endsWith("</html>\n");
    // The template ran from its precompiled class, generated from src/main/jte/html/conformity.jte.
    assertThat(Class.forName("io.github.ldmlib.report.internal.html.JteconformityGenerated")).isNotNull();
  }
}
