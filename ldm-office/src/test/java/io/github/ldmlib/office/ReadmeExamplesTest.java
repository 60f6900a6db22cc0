package io.github.ldmlib.office;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java examples of the README and of docs/office.md, run as they are written. */
class ReadmeExamplesTest {

  @TempDir
  Path dir;

  @Test
  void theDossierRoundTrip() throws Exception {
    Dossier dossier = Examples.dossier(Examples.DIR.resolve("dossier-complete.json"));
    Referential referential = Examples.referential(dossier);
    Path file = dir.resolve("dossier.docx");

    DossierDocx docx = DossierDocx.french();
    docx.write(dossier, referential, file);                         // file: a Path such as dossier.docx
    OfficeImport<Dossier> read = docx.read(file);                   // after the team edited it
    read.problems().forEach(p -> System.out.println(p.place() + " " + p.pointer() + " : " + p.message()));
    Dossier edited = read.valueOrThrow();

    assertThat(edited).isEqualTo(dossier);
  }

  @Test
  void theDashboardAndThePdf() throws Exception {
    Dossier dossier = Examples.dossier(Examples.DIR.resolve("dossier-complete.json"));
    Referential referential = Examples.referential(dossier);
    AuditPlan plan = LdmJson.defaults().read(AuditPlan.class,
        Examples.DIR.resolve("audit-plan-marie-marvingt.json"));
    ConformityReport report = LdmJson.defaults().read(ConformityReport.class,
        Examples.DIR.resolve("conformity-report-marie-marvingt.json"));
    Path xlsx = dir.resolve("tableau-de-bord.xlsx");
    Path pdf = dir.resolve("rapport.pdf");

    try (OutputStream out = Files.newOutputStream(xlsx)) {
      DashboardXlsx.french().write(referential, dossier, plan, out);   // pre-filled from the dossier
    }
    AuditDashboard filled = DashboardXlsx.french().read(xlsx).valueOrThrow();
    try (OutputStream out = Files.newOutputStream(pdf)) {
      ReportPdf.french().write(report, referential, dossier, out);
    }

    assertThat(filled.entries()).isNotEmpty().allMatch(e -> e.prefilled());
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
  }
}
