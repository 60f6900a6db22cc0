package io.github.ldmlib.report;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.HeldAudit;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.ReviewSection;
import java.math.BigDecimal;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.Checker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The repository's example documents, read and checked as the command line does. */
final class Examples {

  private Examples() {}

  /** The repository's examples folder (tests run in ldm-report/). */
  static final Path FOLDER = Path.of("..", "examples").toAbsolutePath().normalize();

  /** A fixed date, so that what is due does not change with the day the tests run. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

  static final Referential NATIONAL = Referentials.load("ldm-national-2023", "2026-01");

  /** The complete example dossier. */
  static Dossier complete() {
    return read(Dossier.class, "dossier-complete.json");
  }

  /** A dossier of {@code examples/} or {@code examples/defective/}. */
  static Dossier dossier(String name) {
    return read(Dossier.class, name);
  }

  static AuditSummary summary() {
    return read(AuditSummary.class, "audit-summary-marie-marvingt.json");
  }

  static AuditDashboard dashboard() {
    return read(AuditDashboard.class, "audit-dashboard-marie-marvingt.json");
  }

  /** The example lycée's annual review of 2026-2027. */
  static AnnualReview review2027() {
    return read(AnnualReview.class, "annual-review-marie-marvingt-2026-2027.json");
  }

  /**
   * The review of the next year, 2027-2028, made from that of 2026-2027: the partnership action is
   * done and its indicator reaches its target (26, target 25); the WorldSkills engagement is stopped
   * with its reason and its indicator is behind (3, where the line from 2 to 6 expects 3.6); the
   * early-warning action, done, is no longer measured; the new indicator C7.N1 rises (12, first 9);
   * the axes AX-02 and AX-05 are taken up.
   */
  static AnnualReview review2028() {
    AnnualReview previous = review2027();
    return AnnualReview.builder().from(previous)
        .schoolYear(SchoolYear.parse("2027-2028"))
        .date(LocalDate.of(2028, 6, 30))
        .sections(List.of(
            ReviewSection.builder().criterionId("C4")
                .addProgress(progress("C4.A1", ProgressStatus.DONE, null),
                    progress("C4.E1", ProgressStatus.STOPPED,
                        "La région a suspendu les sélections régionales en février 2028."))
                .addMeasures(measure("C4.A1.I1", "26"), measure("C4.E1.I1", "3"))
                .selfEvaluation("Les conventions couvrent désormais toutes les entreprises d'accueil du bassin.")
                .build(),
            ReviewSection.builder().criterionId("C7")
                .addProgress(progress("C7.A1", ProgressStatus.DONE, null))
                .addMeasures(measure("C7.N1", "12"))
                .build()))
        .axes(List.of(
            AxisProgress.builder().axisId("AX-02")
                .done("Deux professeurs d'atelier accompagnent chaque mobilité et en exploitent le retour en classe.")
                .build(),
            AxisProgress.builder().axisId("AX-05")
                .done("Le calendrier concerté des PFMP est appliqué pour la deuxième année.")
                .build()))
        .build();
  }

  private static InitiativeProgress progress(String id, ProgressStatus status, String reason) {
    return InitiativeProgress.builder().initiativeId(id).status(status).reason(Optional.ofNullable(reason)).build();
  }

  private static IndicatorMeasure measure(String id, String value) {
    return IndicatorMeasure.builder().indicatorId(id).value(new BigDecimal(value)).build();
  }

  /** The label's record with the one-year follow-up audit held on 2027-05-18, as docs/label-life.md has it. */
  static LabelRecord followedUpRecord() {
    LabelRecord record = read(LabelRecord.class, "label-record-marie-marvingt.json");
    return LabelRecord.builder().from(record)
        .addAudits(HeldAudit.of(Stage.FOLLOW_UP_1_YEAR, LocalDate.of(2027, 5, 18)))
        .build();
  }

  /**
   * The national referential with the follow-up schedule of the Aix-Marseille procedure (follow-ups
   * at 1 and 3 years, renewal at 5), as docs/label-life.md composes it: the national data states none.
   */
  static final Referential WITH_SCHEDULE = Referential.builder().from(NATIONAL)
      .parameters(ProcessParameters.builder().from(NATIONAL.parameters())
          .followUpAuditYears(Referentials.load("aix-marseille-2012", "2012-01").parameters().followUpAuditYears())
          .renewalAuditYears(Referentials.load("aix-marseille-2012", "2012-01").parameters().renewalAuditYears())
          .build())
      .build();

  /** The date of the example follow-up report: the start of 2028-2029, the year of the three-year follow-up. */
  static final LocalDate FOLLOW_UP_AS_OF = LocalDate.of(2028, 9, 15);

  /** The example lycée's follow-up: its dossier, reviews of 2026-2027 and 2027-2028, record and candidature summary. */
  static FollowUpInput followUp() {
    return FollowUpInput.of(complete(), List.of(review2027(), review2028()))
        .withLabelRecord(followedUpRecord())
        .withLastAudit(summary());
  }

  /** A dossier checked against the national referential at {@link #AS_OF}, its messages in a language. */
  static ConformityReport check(Dossier dossier, Locale language) {
    return Checker.of(NATIONAL).check(dossier, AS_OF, Stage.CANDIDATURE, language);
  }

  /**
   * A batch as {@code ldm batch} makes it: the complete dossier, a dossier with gaps (in reports of
   * a language) and an input that could not be read, whose error holds characters to escape.
   */
  static List<BatchEntry> batch(Locale language) {
    return List.of(
        BatchEntry.checked("dossier-complete.json", check(complete(), language), NATIONAL),
        BatchEntry.checked("section-without-coordinator.json",
            check(dossier("defective/section-without-coordinator.json"), language), NATIONAL),
        BatchEntry.unreadable("casse|1.json",
            "casse|1.json:1:44: /kind : JSON mal formé : caractère inattendu « , » <b>*gras*</b> & \"=1\""));
  }

  static <T> T read(Class<T> type, String name) {
    try {
      return LdmJson.defaults().read(type, FOLDER.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
