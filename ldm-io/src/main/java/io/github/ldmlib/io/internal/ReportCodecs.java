package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.BOOLEAN;
import static io.github.ldmlib.io.internal.Codecs.DATE_CODEC;
import static io.github.ldmlib.io.internal.Codecs.INTEGER;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.UAI;
import static io.github.ldmlib.io.internal.ModelCodecs.DOSSIER_KIND;
import static io.github.ldmlib.io.internal.ModelCodecs.SEVERITY;
import static io.github.ldmlib.io.internal.ModelCodecs.SOURCE_REF;
import static io.github.ldmlib.io.internal.ModelCodecs.STAGE;
import static io.github.ldmlib.io.internal.ModelCodecs.VERDICT;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.conformity.Verdict;
import java.util.List;

/**
 * The codecs of a conformity report (rapport de conformité): counts, results, findings, coverage.
 *
 * <p>A holder of its own, initialized at first use, so that reading one kind of document defines
 * only the codecs that kind needs. The conventions are those of {@link ModelCodecs}.
 */
final class ReportCodecs {

  private ReportCodecs() {}

  static final ObjectCodec<FindingCounts, FindingCounts.Builder> FINDING_COUNTS = ObjectCodec.define(
          FindingCounts.class, "How many findings of each severity (décompte des constats).",
          FindingCounts::builder, FindingCounts.Builder::build)
      .required("majorGaps", INTEGER, FindingCounts::majorGaps, (b, v) -> b.majorGaps(v))
      .required("minorGaps", INTEGER, FindingCounts::minorGaps, (b, v) -> b.minorGaps(v))
      .required("observations", INTEGER, FindingCounts::observations, (b, v) -> b.observations(v))
      .required("infos", INTEGER, FindingCounts::infos, (b, v) -> b.infos(v))
      .build();

  /** Collects a {@link CriterionResult}, whose verdict must follow from its counts. */
  private static final class CriterionResultParts {
    final CriterionResult.Builder builder = CriterionResult.builder();
    String criterionId;
    Verdict verdict;
    FindingCounts counts;

    CriterionResult build() {
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.criterionVerdict", verdict.name(), criterionId,
            expected.name());
      }
      return builder.build();
    }
  }

  static final ObjectCodec<CriterionResult, CriterionResultParts> CRITERION_RESULT = ObjectCodec.define(
          CriterionResult.class,
          "The result of a conformity check for one criterion: its verdict, drawn from its counts.",
          CriterionResultParts::new, CriterionResultParts::build)
      .required("criterionId", STRING, CriterionResult::criterionId, (p, v) -> {
        p.builder.criterionId(v);
        p.criterionId = v;
      })
      .required("verdict", VERDICT, CriterionResult::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("counts", FINDING_COUNTS, CriterionResult::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .build();

  static final ObjectCodec<Finding, Finding.Builder> FINDING = ObjectCodec.define(Finding.class,
          "One finding of a conformity check (constat): rule, severity, criterion, requirement, JSON Pointer"
              + " into the document checked, the dossier or the audit file (empty for the document as a whole),"
              + " message and its key and arguments, source.",
          Finding::builder, Finding.Builder::build)
      .required("ruleId", STRING, Finding::ruleId, Finding.Builder::ruleId)
      .required("severity", SEVERITY, Finding::severity, Finding.Builder::severity)
      .optional("criterionId", STRING, Finding::criterionId, Finding.Builder::criterionId)
      .optional("requirementId", STRING, Finding::requirementId, Finding.Builder::requirementId)
      .required("pointer", STRING, Finding::pointer, Finding.Builder::pointer)
      .required("message", STRING, Finding::message, Finding.Builder::message)
      .required("messageKey", STRING, Finding::messageKey, Finding.Builder::messageKey)
      .list("arguments", STRING, Finding::arguments, Finding.Builder::addAllArguments)
      .optional("source", SOURCE_REF, Finding::source, Finding.Builder::source)
      .build();

  static final ObjectCodec<RequirementCoverage, RequirementCoverage.Builder> REQUIREMENT_COVERAGE =
      ObjectCodec.define(RequirementCoverage.class,
              "One row of the coverage matrix: a requirement and the actions, engagements, indicators (JSON"
                  + " Pointers into the dossier) and evidence ids that address it.",
              RequirementCoverage::builder, RequirementCoverage.Builder::build)
          .required("requirementId", STRING, RequirementCoverage::requirementId,
              RequirementCoverage.Builder::requirementId)
          .required("criterionId", STRING, RequirementCoverage::criterionId, RequirementCoverage.Builder::criterionId)
          .list("actions", STRING, RequirementCoverage::actions, RequirementCoverage.Builder::addAllActions)
          .list("engagements", STRING, RequirementCoverage::engagements, RequirementCoverage.Builder::addAllEngagements)
          .list("indicators", STRING, RequirementCoverage::indicators, RequirementCoverage.Builder::addAllIndicators)
          .list("evidenceIds", STRING, RequirementCoverage::evidenceIds, RequirementCoverage.Builder::addAllEvidenceIds)
          .build();

  /** Collects a {@link ConformityReport}, whose counts, verdict and readiness must follow from its findings. */
  static final class ReportParts {
    final ConformityReport.Builder builder = ConformityReport.builder();
    Verdict verdict;
    boolean readyForAudit;
    FindingCounts counts;
    List<Finding> findings = List.of();

    ConformityReport build() {
      FindingCounts actual = FindingCounts.of(findings);
      if (!counts.equals(actual)) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportCounts", describe(counts), describe(actual));
      }
      Verdict expected = Verdict.of(counts);
      if (verdict != expected) {
        throw new ObjectCodec.Inconsistency("inconsistent.reportVerdict", verdict.name(), expected.name());
      }
      if (readyForAudit != (counts.majorGaps() == 0)) {
        throw new ObjectCodec.Inconsistency("inconsistent.readyForAudit", Boolean.toString(readyForAudit),
            Integer.toString(counts.majorGaps()));
      }
      return builder.build();
    }

    static String describe(FindingCounts c) {
      return "majorGaps " + c.majorGaps() + ", minorGaps " + c.minorGaps() + ", observations " + c.observations()
          + ", infos " + c.infos();
    }
  }

  static final ObjectCodec<ConformityReport, ReportParts> CONFORMITY_REPORT = ObjectCodec.define(
          ConformityReport.class,
          "The conformity report of a dossier (rapport de conformité): findings, verdicts, counts and coverage."
              + " Counts, verdict and readyForAudit must follow from the findings.",
          ReportParts::new, ReportParts::build)
      .required("referentialId", STRING, ConformityReport::referentialId, (p, v) -> p.builder.referentialId(v))
      .required("referentialEdition", STRING, ConformityReport::referentialEdition,
          (p, v) -> p.builder.referentialEdition(v))
      .required("establishmentName", STRING, ConformityReport::establishmentName,
          (p, v) -> p.builder.establishmentName(v))
      .optional("establishmentUai", UAI, ConformityReport::establishmentUai, (p, v) -> p.builder.establishmentUai(v))
      .required("dossierKind", DOSSIER_KIND, ConformityReport::dossierKind, (p, v) -> p.builder.dossierKind(v))
      .required("asOf", DATE_CODEC, ConformityReport::asOf, (p, v) -> p.builder.asOf(v))
      .required("stage", STAGE, ConformityReport::stage, (p, v) -> p.builder.stage(v))
      .required("language", STRING, ConformityReport::language, (p, v) -> p.builder.language(v))
      .required("verdict", VERDICT, ConformityReport::verdict, (p, v) -> {
        p.builder.verdict(v);
        p.verdict = v;
      })
      .required("readyForAudit", BOOLEAN, ConformityReport::readyForAudit, (p, v) -> {
        p.builder.readyForAudit(v);
        p.readyForAudit = v;
      })
      .required("counts", FINDING_COUNTS, ConformityReport::counts, (p, v) -> {
        p.builder.counts(v);
        p.counts = v;
      })
      .list("criteria", CRITERION_RESULT, ConformityReport::criteria, (p, v) -> p.builder.addAllCriteria(v))
      .list("findings", FINDING, ConformityReport::findings, (p, v) -> {
        p.builder.addAllFindings(v);
        p.findings = v;
      })
      .list("coverage", REQUIREMENT_COVERAGE, ConformityReport::coverage, (p, v) -> p.builder.addAllCoverage(v))
      .list("ruleIds", STRING, ConformityReport::ruleIds, (p, v) -> p.builder.addAllRuleIds(v))
      .build();
}
