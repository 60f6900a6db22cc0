package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.rules.internal.AuditTimingRules.PARAMETER_SOURCE;
import static io.github.ldmlib.rules.internal.Audits.DECISION;
import static io.github.ldmlib.rules.internal.Audits.LABEL_RECORD;
import static io.github.ldmlib.rules.internal.Audits.SUMMARY;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Audit rules on the decision and on the improvement axes contracted at the end of the audit. */
final class AuditDecisionRules {

  private AuditDecisionRules() {}

  static final Rule<AuditFile> OPEN_MAJOR_GAPS = Catalogue.audit("LDM-A-040", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("A label is not granted while a major gap of the summary is open: for a `GRANTED` decision, every "
          + "`MAJOR_GAP` of the summary was lifted (`liftedOn`) on or before the decision date (2023 campaign "
          + "calendar). One finding per open major gap, on its `liftedOn`, attributed to its criterion and "
          + "requirement. Applies when the referential states `majorGapsBlockLabel: true` and the file holds the "
          + "decision and the summary.")
      .reads("`parameters.majorGapsBlockLabel`")
      .clause(Sources.NA_CAMPAIGN, "Lever les écarts majeurs")
      .grade("The 2023 campaign puts lifting the major gaps between the audit and the label: a label granted over "
          + "an open major gap skips that step, which is a condition of the label, so a major gap.")
      .check(AuditDecisionRules::openMajorGaps);

  static final Rule<AuditFile> GRANT_TITLE = Catalogue.audit("LDM-A-041", MINOR_GAP)
      .citing("the label itself: a granted label has a title (intitulé)")
      .checks("Every `GRANTED` decision, the file's and those of the label record, states the label title it "
          + "grants (`labelTitle`), which names the trades of the lycée des métiers.")
      .clause(Sources.NA_FRAMEWORK, "L'intitulé du label valorise (la, ou) les filières d'activités et/ou le territoire dans lequel il "
          + "s'inscrit.")
      .grade("The texts give every label a title (2023: « L'intitulé du label »; 2012: the lead auditor sends « le "
          + "choix de l'intitulé ») but set no consequence for a decision that omits it: a gap to be corrected on "
          + "the decision, not a condition of the label.")
      .check(AuditDecisionRules::grantTitle);

  static final Rule<AuditFile> IMPROVEMENT_AXES = Catalogue.audit("LDM-A-042", MAJOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("The improvement axes contracted at the end of the audit cover enough criteria (Aix-Marseille "
          + "2012, procedure, 4/ Audit: five criteria, one or two axes each): at least "
          + "`minCriteriaWithImprovementAxes` national criteria have between "
          + "`minImprovementAxesPerCriterion` (default 1) and `maxImprovementAxesPerCriterion` (default: no "
          + "maximum) axes in the summary. Applies when the referential states `minCriteriaWithImprovementAxes`, "
          + "to the summary of a candidature or renewal audit, where the axes are chosen.")
      .reads("`parameters.minCriteriaWithImprovementAxes`, `minImprovementAxesPerCriterion`, "
          + "`maxImprovementAxesPerCriterion`; criteria (kind)")
      .clause(Sources.AIX_AUDIT, "Sur les neuf critères nationaux du cahier des charges, l'établissement choisit cinq critères au moins "
          + "pour lesquels il propose un ou deux axes de progrès.")
      .grade("« cinq critères au moins »: the note sets a floor, and the axes, « contractualisés par la signature "
          + "commune du recteur et du chef d'établissement », are what the follow-up audits check; a summary short "
          + "of them lacks what the label's contract is made of, so a major gap.")
      .check(AuditDecisionRules::improvementAxes);

  static final Rule<AuditFile> TOO_MANY_AXES = Catalogue.audit("LDM-A-043", MINOR_GAP)
      .citing(PARAMETER_SOURCE)
      .checks("No national criterion has more improvement axes in the summary than "
          + "`maxImprovementAxesPerCriterion` (Aix-Marseille 2012, procedure, 4/ Audit: two). Such a criterion "
          + "does not count towards LDM-A-042's minimum; the finding lies on its first axis beyond the maximum. "
          + "Applies as LDM-A-042.")
      .reads("`parameters.minCriteriaWithImprovementAxes`, `maxImprovementAxesPerCriterion`")
      .clause(Sources.AIX_AUDIT, "Sur les neuf critères nationaux du cahier des charges, l'établissement choisit cinq critères au moins "
          + "pour lesquels il propose un ou deux axes de progrès.")
      .grade("A third axis departs from « un ou deux axes », so it is a gap and not an observation; a minor one, "
          + "since the axes themselves are there and the text sets no consequence for one axis too many, while a "
          + "summary short of criteria with axes (LDM-A-042) lacks what the contract is made of.")
      .check(AuditDecisionRules::tooManyAxes);

  private static void openMajorGaps(CheckContext<AuditFile> context, FindingSink findings) {
    if (!context.parameters().majorGapsBlockLabel().orElse(false)) {
      return;
    }
    if (context.document().decision().isEmpty() || context.document().summary().isEmpty()) {
      return;
    }
    LabelDecision decision = context.document().decision().get();
    if (!decision.isGranted()) {
      return;
    }
    List<Gap> gaps = context.document().summary().get().gaps();
    for (int i = 0; i < gaps.size(); i++) {
      Gap g = gaps.get(i);
      if (g.isMajor() && !g.isLiftedBy(decision.date())) {
        findings.at(Pointers.of(SUMMARY, "gaps", i, "liftedOn")).criterion(g.criterionId())
            .requirement(g.requirementId()).source(context.referential().source())
            .report("open", decision.date(), g.id(), g.criterionId(), g.requirementId());
      }
    }
  }

  private static void grantTitle(CheckContext<AuditFile> context, FindingSink findings) {
    context.document().decision().filter(d -> d.isGranted() && d.labelTitle().isEmpty())
        .ifPresent(d -> findings.report(Pointers.of(DECISION, "labelTitle"), "missing", d.date()));
    context.document().labelRecord().ifPresent(r -> {
      for (int i = 0; i < r.decisions().size(); i++) {
        LabelDecision d = r.decisions().get(i);
        if (d.isGranted() && d.labelTitle().isEmpty()) {
          findings.report(Pointers.of(LABEL_RECORD, "decisions", i, "labelTitle"), "missing", d.date());
        }
      }
    });
  }

  private static boolean axesStage(AuditSummary summary) {
    return summary.stage() == Stage.CANDIDATURE || summary.stage() == Stage.RENEWAL;
  }

  /** The number of axes of each national criterion, in summary order. */
  private static Map<String, Integer> axesPerNationalCriterion(CheckContext<AuditFile> context, AuditSummary summary) {
    Map<String, Integer> axes = new LinkedHashMap<>();
    for (ImprovementAxis a : summary.improvementAxes()) {
      if (context.referential().criterion(a.criterionId()).filter(c -> c.kind() == CriterionKind.NATIONAL).isPresent()) {
        axes.merge(a.criterionId(), 1, Integer::sum);
      }
    }
    return axes;
  }

  private static void improvementAxes(CheckContext<AuditFile> context, FindingSink findings) {
    ProcessParameters p = context.parameters();
    OptionalInt required = p.minCriteriaWithImprovementAxes();
    if (required.isEmpty() || context.document().summary().filter(AuditDecisionRules::axesStage).isEmpty()) {
      return;
    }
    AuditSummary summary = context.document().summary().get();
    int min = p.minImprovementAxesPerCriterion().orElse(1);
    int max = p.maxImprovementAxesPerCriterion().orElse(Integer.MAX_VALUE);
    long criteria = axesPerNationalCriterion(context, summary).values().stream()
        .filter(n -> n >= min && n <= max).count();
    if (criteria < required.getAsInt()) {
      String range = max == Integer.MAX_VALUE ? String.valueOf(min) : min + "–" + max;
      findings.at(Pointers.of(SUMMARY, "improvementAxes")).source(context.referential().source())
          .report(max == Integer.MAX_VALUE ? "tooFewAtLeast" : "tooFew", required.getAsInt(), range, criteria);
    }
  }

  private static void tooManyAxes(CheckContext<AuditFile> context, FindingSink findings) {
    ProcessParameters p = context.parameters();
    if (p.minCriteriaWithImprovementAxes().isEmpty() || p.maxImprovementAxesPerCriterion().isEmpty()
        || context.document().summary().filter(AuditDecisionRules::axesStage).isEmpty()) {
      return;
    }
    AuditSummary summary = context.document().summary().get();
    int max = p.maxImprovementAxesPerCriterion().getAsInt();
    Map<String, Integer> total = axesPerNationalCriterion(context, summary);
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<ImprovementAxis> axes = summary.improvementAxes();
    for (int i = 0; i < axes.size(); i++) {
      String c = axes.get(i).criterionId();
      if (total.containsKey(c) && seen.merge(c, 1, Integer::sum) == max + 1) {
        findings.at(Pointers.of(SUMMARY, "improvementAxes", i)).source(context.referential().source())
            .report("tooMany", c, total.get(c), max);
      }
    }
  }
}
