package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.GradingScale;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.model.review.SchoolBody;
import io.github.ldmlib.report.view.ConformityReportView;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.FindingGroupView;
import io.github.ldmlib.report.view.FindingView;
import io.github.ldmlib.report.view.IndicatorView;
import io.github.ldmlib.report.view.MeasureView;
import io.github.ldmlib.report.view.Status;
import io.github.ldmlib.report.view.TileView;
import io.github.ldmlib.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the view of a conformity report: the one place that reads a {@link ConformityReport}, its
 * {@link Finding}s and the document they are about (a dossier, an audit file, an annual review), for every format
 * (HTML, Markdown, plain text). What depends on the kind of document is gathered in one {@code
 * Subject}; the rest of the view is the same for every kind.
 */
public final class ConformityViews {

  private ConformityViews() {}

  /**
   * Builds the view of a dossier's report.
   *
   * @param report the report
   * @param referential the referential the dossier was checked against
   * @param dossier the dossier checked
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the referential is not the one the report names
   */
  public static ConformityReportView of(ConformityReport report, Referential referential, Dossier dossier, Texts t) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(dossier, "dossier");
    List<Fact> facts = new ArrayList<>();
    report.dossierKind().ifPresent(k -> facts.add(new Fact(t.get("report.dossierKind"), t.word(k))));
    dossier.labelTitle().ifPresent(title -> facts.add(new Fact(t.get("report.labelTitle"), title)));
    String ready = t.get(report.readyForAudit() ? "report.readyForAudit.yes" : "report.readyForAudit.no");
    return of(report, referential, new Subject(dossier, facts, ready, "dossier", t.get("report.wholeDossier"),
        id -> indicators(dossier, id, t)), t);
  }

  /**
   * Builds the view of an audit file's report: the date of the audit and the status of the label
   * among the facts, the status of the label instead of the readiness for audit, no indicators.
   *
   * @param report the report, made on an audit file
   * @param referential the referential the audit file was checked against
   * @param file the audit file checked
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the report is not one of an audit file, or the referential
   *     is not the one it names
   */
  public static ConformityReportView of(ConformityReport report, Referential referential, AuditFile file, Texts t) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    if (report.documentKind() != DocumentKind.AUDIT_FILE) {
      throw new IllegalArgumentException("The report was made on a document of kind " + report.documentKind()
          + ", not on an audit file");
    }
    List<Fact> facts = new ArrayList<>();
    file.auditDate().ifPresent(d -> facts.add(new Fact(t.get("report.auditDate"), d.toString())));
    report.labelStatus().ifPresent(status -> facts.add(new Fact(t.get("report.labelStatus"), t.word(status))));
    String status = report.labelStatus().map(s -> t.get("report.labelStatus.line", t.word(s)))
        .orElse(t.get("report.labelStatus.unknown"));
    return of(report, referential, new Subject(file, facts, status, "audit-file", t.get("report.wholeAuditFile"),
        id -> List.of()), t);
  }

  /**
   * Builds the view of an annual review's report: the school year and the date of the review among
   * the facts, whether it was presented to the board instead of the readiness for audit, no
   * indicators (their history needs the dossier too).
   *
   * @param report the report, made on an annual review
   * @param referential the referential the review was checked against
   * @param review the annual review checked
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the report is not one of an annual review, or the
   *     referential is not the one it names
   */
  public static ConformityReportView of(ConformityReport report, Referential referential, AnnualReview review,
      Texts t) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(review, "review");
    if (report.documentKind() != DocumentKind.ANNUAL_REVIEW) {
      throw new IllegalArgumentException("The report was made on a document of kind " + report.documentKind()
          + ", not on an annual review");
    }
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(t.get("report.schoolYear"), review.schoolYear().toString()));
    review.date().ifPresent(d -> facts.add(new Fact(t.get("report.reviewDate"), d.toString())));
    boolean toBoard = review.presentations().stream().anyMatch(p -> p.body() == SchoolBody.BOARD);
    String status = t.get(toBoard ? "report.presentedToBoard.yes" : "report.presentedToBoard.no");
    return of(report, referential, new Subject(review, facts, status, "annual-review",
        t.get("report.wholeAnnualReview"), id -> List.of()), t);
  }

  /**
   * Builds the view of a review file's report: the school years reviewed, the file's date and the
   * status of the label, when the report computed it, among the facts; the school years reviewed
   * instead of the readiness for audit; no indicators (the follow-up report charts their history).
   *
   * @param report the report, made on a review file
   * @param referential the referential the file was checked against
   * @param file the review file checked
   * @param t the texts of the report's language
   * @return the view
   * @throws IllegalArgumentException if the report is not one of a review file, or the referential
   *     is not the one it names
   */
  public static ConformityReportView of(ConformityReport report, Referential referential, ReviewFile file, Texts t) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(file, "file");
    if (report.documentKind() != DocumentKind.REVIEW_FILE) {
      throw new IllegalArgumentException("The report was made on a document of kind " + report.documentKind()
          + ", not on a review file");
    }
    String years = file.reviews().stream().map(r -> r.schoolYear().toString()).sorted().distinct()
        .reduce((a, b) -> a + ", " + b).orElse(t.get("report.reviewedYears.none"));
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(t.get("report.reviewedYears"), years));
    file.date().ifPresent(d -> facts.add(new Fact(t.get("report.fileDate"), d.toString())));
    report.labelStatus().ifPresent(status -> facts.add(new Fact(t.get("report.labelStatus"), t.word(status))));
    return of(report, referential, new Subject(file, facts, t.get("report.reviewedYears.line", years), "review-file",
        t.get("report.wholeReviewFile"), id -> List.of()), t);
  }

  /**
   * What the view of a report shows of the document checked, the one part that depends on its kind.
   *
   * @param document the document, whose pointers the places are described in
   * @param facts the facts of the kind, after the referential
   * @param status the sentence after the counts (readiness for audit, status of the label)
   * @param wholeAnchor the anchor of the group of findings on the document as a whole
   * @param wholeHeading the heading of that group
   * @param indicators the indicators shown under a criterion, by criterion id
   */
  private record Subject(Object document, List<Fact> facts, String status, String wholeAnchor, String wholeHeading,
      Function<String, List<IndicatorView>> indicators) {}

  private static ConformityReportView of(ConformityReport report, Referential referential, Subject subject, Texts t) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(referential, "referential");
    if (!report.referentialId().equals(referential.id())
        || !report.referentialEdition().equals(referential.edition().id())) {
      throw new IllegalArgumentException("The report was made against " + report.referentialId() + "@"
          + report.referentialEdition() + ", not " + referential.id() + "@" + referential.edition().id());
    }
    String name = report.establishmentName().orElse("");
    String establishment = report.establishmentUai()
        .map(u -> t.get("report.establishmentWithUai", name, u.toString()))
        .orElse(name);
    List<Fact> facts = new ArrayList<>();
    facts.add(Views.referential(referential, t));
    facts.addAll(subject.facts());
    report.stage().ifPresent(stage -> facts.add(new Fact(t.get("report.stage"), t.word(stage))));
    String asOf = asOf(report, t);
    facts.add(new Fact(t.get("report.asOf"), asOf));
    String counts = counts(report.counts(), scaleOf(report), t);

    List<TileView> tiles = new ArrayList<>();
    for (CriterionResult c : report.criteria()) {
      String anchor = Views.anchor("criterion-", c.criterionId());
      tiles.add(new TileView(c.criterionId(), anchor, Views.markdownAnchor(anchor), Views.title(referential, c.criterionId()),
          status(c.verdict(), t), Optional.of(c.verdict().name()), countsShort(c.counts(), t)));
    }
    int width = 0;
    for (Finding f : report.findings()) {
      width = Math.max(width, t.word(f.severity()).length());
    }
    return new ConformityReportView(
        Views.page(t, t.get("report.title") + " — " + name),
        labels(t), establishment, facts, status(report.verdict(), t), t.get("report.verdict", t.word(report.verdict())),
        counts, subject.status(),
        t.get("text.context", report.referentialId() + "@" + report.referentialEdition(),
            report.stage().map(t::word).orElse("—"),
            asOf),
        t.get("text.summary", t.word(report.verdict()), counts, subject.status()),
        tiles, groups(report, referential, subject, t, width));
  }

  private static ConformityReportView.Labels labels(Texts t) {
    List<String> milestones = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      milestones.add(t.word(m));
    }
    return new ConformityReportView.Labels(t.get("report.title"), t.get("report.criteria"), t.get("report.noFinding"),
        t.get("report.col.severity"), t.get("report.col.where"), t.get("report.col.why"), t.get("report.col.rule"),
        t.get("report.col.criterion"), t.get("report.col.title"), t.get("report.col.verdict"),
        t.get("report.col.findings"), t.get("report.brokenRequirements"), t.get("report.indicators"),
        t.get("report.col.indicator"), t.get("report.col.direction"), t.get("report.col.target"),
        t.get("report.col.trend"), milestones, t.get("text.colon"), t.get("text.semicolon"));
  }

  /** The verdict's word and colour. */
  static Status status(Verdict verdict, Texts t) {
    String css = switch (verdict) {
      case CONFORMING -> "v-ok";
      case CONFORMING_WITH_OBSERVATIONS -> "v-obs";
      case NON_CONFORMING -> "v-gap";
    };
    return new Status(css, t.word(verdict));
  }

  /**
   * Every count of the scale the document was graded on: « 3 écarts majeurs, 0 écart mineur, 12
   * observations, 0 information » for an audit, « 0 point bloquant, 2 points à compléter... » for a
   * dossier.
   */
  static String counts(FindingCounts counts, GradingScale scale, Texts t) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : scale.severities()) {
      parts.add(t.count(counts.count(severity), "count." + severity.name()));
    }
    return String.join(", ", parts);
  }

  /** « 2025-03-14 (date de dépôt du dossier) »: the date of the check and why it was that one. */
  static String asOf(ConformityReport report, Texts t) {
    String basis = switch (report.asOfBasis()) {
      case DOCUMENT_DATE -> "asOfBasis.DOCUMENT_DATE." + report.documentKind().id();
      case GIVEN -> "asOfBasis.GIVEN";
      case DAY_OF_CHECK -> "asOfBasis.DAY_OF_CHECK";
    };
    return t.get("report.asOfWithBasis", report.asOf().toString(), t.get(basis));
  }

  /** The scale a report's document was graded on; a kind without one is read as an audit. */
  static GradingScale scaleOf(ConformityReport report) {
    return report.documentKind().gradingScale().orElse(GradingScale.AUDIT);
  }

  /** Only the non-zero counts, « 1 écart majeur, 2 observations », or « Aucun constat. ». */
  static String countsShort(FindingCounts counts, Texts t) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      if (counts.count(severity) > 0) {
        parts.add(t.count(counts.count(severity), "count." + severity.name()));
      }
    }
    return parts.isEmpty() ? t.get("report.noFinding") : String.join(", ", parts);
  }

  /** The document as a whole first (when it has findings), then every criterion in report order. */
  private static List<FindingGroupView> groups(ConformityReport report, Referential referential, Subject subject,
      Texts t, int width) {
    Object document = subject.document();
    List<FindingGroupView> out = new ArrayList<>();
    List<Finding> whole = report.findings().stream().filter(f -> f.criterionId().isEmpty()).toList();
    if (!whole.isEmpty()) {
      out.add(new FindingGroupView(subject.wholeAnchor(), subject.wholeAnchor(), subject.wholeHeading(), Optional.empty(),
          findings(whole, document, t, width), List.of(), List.of()));
    }
    Set<String> ids = new LinkedHashSet<>();
    report.criteria().forEach(c -> ids.add(c.criterionId()));
    // Findings on a criterion the report has no result for (a section about an unknown criterion).
    report.findings().forEach(f -> f.criterionId().ifPresent(ids::add));
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    report.criteria().forEach(c -> verdicts.put(c.criterionId(), c.verdict()));
    for (String id : ids) {
      List<Finding> findings = report.findingsOf(id);
      String anchor = Views.anchor("criterion-", id);
      out.add(new FindingGroupView(anchor, Views.markdownAnchor(anchor), Views.heading(referential, id),
          Optional.ofNullable(verdicts.get(id)).map(v -> status(v, t)), findings(findings, document, t, width),
          Views.requirements(referential, findings.stream().map(Finding::requirementId).flatMap(Optional::stream), t),
          subject.indicators().apply(id)));
    }
    return out;
  }

  private static List<FindingView> findings(List<Finding> findings, Object document, Texts t, int width) {
    List<FindingView> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String word = t.word(f.severity());
      out.add(new FindingView(f.ruleId(), BuiltInRules.byId(f.ruleId()).map(r -> r.title(t.locale())),
          f.severity().name(), word, word + " ".repeat(Math.max(0, width - word.length())), place(document, f, t),
          f.pointer().isRoot() ? "/" : f.pointer().toString(), f.message(),
          f.source().map(src -> t.get("report.source", src.toString()))));
    }
    return out;
  }

  /** Where a finding is, in words. */
  private static String place(Object document, Finding finding, Texts t) {
    return Places.describe(document, finding.pointer(), t);
  }

  /** The indicators of the dossier's sections about a criterion, with the action or engagement of each. */
  private static List<IndicatorView> indicators(Dossier dossier, String criterionId, Texts t) {
    List<IndicatorView> out = new ArrayList<>();
    List<CriterionSection> sections = dossier.sections();
    for (int s = 0; s < sections.size(); s++) {
      CriterionSection section = sections.get(s);
      if (section.criterionId().equals(criterionId)) {
        JsonPointer base = JsonPointer.root().append("sections").append(s);
        add(out, base.append("actions"), section.actions(), "report.ofAction", t);
        add(out, base.append("engagements"), section.engagements(), "report.ofEngagement", t);
      }
    }
    return out;
  }

  private static void add(List<IndicatorView> out, JsonPointer base, List<? extends Initiative> initiatives,
      String kind, Texts t) {
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      List<Objective> objectives = initiative.objectives();
      for (int o = 0; o < objectives.size(); o++) {
        List<Indicator> indicators = objectives.get(o).indicators();
        for (int n = 0; n < indicators.size(); n++) {
          JsonPointer pointer = base.append(i).append("objectives").append(o).append("indicators").append(n);
          out.add(indicator(indicators.get(n), pointer, t.get(kind, initiative.title()), t));
        }
      }
    }
  }

  private static IndicatorView indicator(Indicator ind, JsonPointer pointer, String initiative, Texts t) {
    List<MeasureView> series = new ArrayList<>();
    for (Measure m : Charts.ordered(ind)) {
      series.add(new MeasureView(t.word(m.milestone()), m.schoolYear().toString(), Charts.number(m.value())));
    }
    List<String> perMilestone = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      perMilestone.add(ind.measure(m).map(Measure::value).map(Charts::number).orElse("—"));
    }
    return new IndicatorView(pointer.toString(), ind.label(), initiative, t.word(ind.unit()), t.word(ind.direction()),
        ind.target().map(v -> t.get("indicator.target", Charts.number(v))),
        ind.target().map(Charts::number).orElse("—"), ind.trend().name().toLowerCase(Locale.ROOT),
        t.word(ind.trend()), series, perMilestone, Charts.chart(ind, t));
  }
}
