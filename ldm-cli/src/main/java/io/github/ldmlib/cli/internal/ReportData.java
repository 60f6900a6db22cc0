package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
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

/**
 * What every rendering of a conformity report needs, computed once: findings grouped by
 * criterion, the criteria's titles, the requirements the findings concern, the indicators of each
 * criterion section.
 */
public final class ReportData {

  /** A group of findings: on the dossier as a whole (no criterion), or on one criterion. */
  public record Group(Optional<String> criterionId, Optional<Criterion> criterion, Optional<Verdict> verdict,
      List<Finding> findings, List<Requirement> brokenRequirements, List<IndicatorEntry> indicators) {

    /** The heading of the group: « C4 — title », or the id alone for a criterion the referential lacks. */
    public String heading(Texts t) {
      if (criterionId.isEmpty()) {
        return t.get("report.wholeDossier");
      }
      return criterion.map(c -> c.id() + " — " + c.title()).orElse(criterionId.get());
    }
  }

  /** An indicator of a criterion section, with the action or engagement it belongs to. */
  public record IndicatorEntry(String initiativeTitle, boolean engagement, Indicator indicator, String pointer) {}

  private final ConformityReport report;
  private final Referential referential;
  private final Dossier dossier;
  private final Texts texts;
  private final List<Group> groups;

  /**
   * Prepares the data.
   *
   * @param report the report
   * @param referential the referential the dossier was checked against
   * @param dossier the dossier checked
   * @param texts the texts of the language
   * @throws IllegalArgumentException if the referential is not the report's
   */
  public ReportData(ConformityReport report, Referential referential, Dossier dossier, Texts texts) {
    this.report = Objects.requireNonNull(report, "report");
    this.referential = Objects.requireNonNull(referential, "referential");
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    this.texts = Objects.requireNonNull(texts, "texts");
    if (!report.referentialId().equals(referential.id())
        || !report.referentialEdition().equals(referential.edition().id())) {
      throw new IllegalArgumentException("The report was made against " + report.referentialId() + "@"
          + report.referentialEdition() + ", not " + referential.id() + "@" + referential.edition().id());
    }
    this.groups = group();
  }

  public ConformityReport report() {
    return report;
  }

  public Referential referential() {
    return referential;
  }

  public Dossier dossier() {
    return dossier;
  }

  public Texts texts() {
    return texts;
  }

  /** The groups: the dossier as a whole first (when it has findings), then every criterion in report order. */
  public List<Group> groups() {
    return groups;
  }

  /** The verdict's CSS class. */
  public static String css(Verdict verdict) {
    return switch (verdict) {
      case CONFORMING -> "v-ok";
      case CONFORMING_WITH_OBSERVATIONS -> "v-obs";
      case NON_CONFORMING -> "v-gap";
    };
  }

  /** The title of a rule in the report's language, or empty for a rule this library does not know. */
  public Optional<String> ruleTitle(String ruleId) {
    return BuiltInRules.byId(ruleId).map(r -> r.title(texts.locale()));
  }

  /** Where a finding is, in words. */
  public String place(Finding finding) {
    return Places.describe(dossier, finding.pointer(), texts);
  }

  /** « 3 écarts majeurs, 0 écart mineur, 12 observations, 0 information ». */
  public String counts(io.github.ldmlib.model.conformity.FindingCounts counts) {
    return String.join(", ",
        texts.count(counts.majorGaps(), "count.MAJOR_GAP"),
        texts.count(counts.minorGaps(), "count.MINOR_GAP"),
        texts.count(counts.observations(), "count.OBSERVATION"),
        texts.count(counts.infos(), "count.INFO"));
  }

  /** Only the non-zero counts, « 1 écart majeur, 2 observations », or « Aucun constat. ». */
  public String countsShort(io.github.ldmlib.model.conformity.FindingCounts counts) {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      if (counts.count(severity) > 0) {
        parts.add(texts.count(counts.count(severity), "count." + severity.name()));
      }
    }
    return parts.isEmpty() ? texts.get("report.noFinding") : String.join(", ", parts);
  }

  /** The referential as « title (id, édition …) ». */
  public String referentialLabel() {
    return texts.get("report.referentialValue", referential.title(), referential.id(), referential.edition().title());
  }

  /** The establishment as « name (UAI 0750654D) » or its name alone. */
  public String establishment() {
    return report.establishmentUai().map(u -> texts.get("report.establishmentWithUai", report.establishmentName(), u.toString()))
        .orElse(report.establishmentName());
  }

  private List<Group> group() {
    List<Group> out = new ArrayList<>();
    List<Finding> whole = report.findings().stream().filter(f -> f.criterionId().isEmpty()).toList();
    if (!whole.isEmpty()) {
      out.add(new Group(Optional.empty(), Optional.empty(), Optional.empty(), whole, List.of(), List.of()));
    }
    Set<String> seen = new LinkedHashSet<>();
    report.criteria().forEach(c -> seen.add(c.criterionId()));
    // Findings on a criterion the report has no result for (a section about an unknown criterion).
    report.findings().forEach(f -> f.criterionId().ifPresent(seen::add));
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    report.criteria().forEach(c -> verdicts.put(c.criterionId(), c.verdict()));
    for (String id : seen) {
      List<Finding> findings = report.findingsOf(id);
      List<Requirement> broken = new ArrayList<>();
      Set<String> requirementIds = new LinkedHashSet<>();
      findings.forEach(f -> f.requirementId().ifPresent(requirementIds::add));
      requirementIds.forEach(r -> referential.requirement(r).ifPresent(broken::add));
      out.add(new Group(Optional.of(id), referential.criterion(id), Optional.ofNullable(verdicts.get(id)),
          findings, broken, indicators(id)));
    }
    return out;
  }

  private List<IndicatorEntry> indicators(String criterionId) {
    List<IndicatorEntry> out = new ArrayList<>();
    List<CriterionSection> sections = dossier.sections();
    for (int s = 0; s < sections.size(); s++) {
      CriterionSection section = sections.get(s);
      if (!section.criterionId().equals(criterionId)) {
        continue;
      }
      String base = "/sections/" + s;
      add(out, base + "/actions", section.actions(), false);
      add(out, base + "/engagements", section.engagements(), true);
    }
    return out;
  }

  private static void add(List<IndicatorEntry> out, String base, List<? extends Initiative> initiatives, boolean engagement) {
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      List<Objective> objectives = initiative.objectives();
      for (int o = 0; o < objectives.size(); o++) {
        List<Indicator> indicators = objectives.get(o).indicators();
        for (int n = 0; n < indicators.size(); n++) {
          out.add(new IndicatorEntry(initiative.title(), engagement, indicators.get(n),
              base + "/" + i + "/objectives/" + o + "/indicators/" + n));
        }
      }
    }
  }

  /** The severity's word in the language. */
  public String severity(Severity severity) {
    return texts.word(severity);
  }

  /** The locale of the texts. */
  public Locale locale() {
    return texts.locale();
  }
}
