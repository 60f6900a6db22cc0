package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.conformity.AsOfBasis;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.RequirementCoverage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.referential.SourceRef;
import java.time.LocalDate;
import java.util.List;

/**
 * The types of a conformity report (rapport de conformité): counts, results, findings, coverage.
 * What the report derives from its findings is declared derived.
 */
final class ReportTypes {

  private ReportTypes() {}

  /** The class of a report's document kind, {@code DocumentKind<?>}. */
  @SuppressWarnings("unchecked")
  private static final Class<DocumentKind<?>> DOCUMENT_KIND = (Class<DocumentKind<?>>) (Class<?>) DocumentKind.class;

  static final List<ModelType<?>> TYPES = List.of(
      Declaration.value(FindingCounts.class, "How many findings of each severity (décompte des constats).",
              FindingCounts::builder, FindingCounts.Builder::build)
          .required("majorGaps", int.class, FindingCounts.Builder::majorGaps)
          .required("minorGaps", int.class, FindingCounts.Builder::minorGaps)
          .required("observations", int.class, FindingCounts.Builder::observations)
          .required("notSubmittable", int.class, FindingCounts.Builder::notSubmittable)
          .required("toComplete", int.class, FindingCounts.Builder::toComplete)
          .required("advice", int.class, FindingCounts.Builder::advice)
          .required("infos", int.class, FindingCounts.Builder::infos)
          .build(),

      Declaration.value(CriterionResult.class,
              "The result of a conformity check for one criterion: its counts, and its verdict drawn from them.",
              CriterionResult::builder, CriterionResult.Builder::build)
          .required("criterionId", String.class, CriterionResult.Builder::criterionId)
          .derived("verdict", Verdict.class)
          .required("counts", FindingCounts.class, CriterionResult.Builder::counts)
          .build(),

      Declaration.value(Finding.class,
              "One finding of a conformity check (constat): rule, severity, criterion, requirement, JSON Pointer"
                  + " into the document checked, the dossier or the audit file (empty for the document as a whole),"
                  + " message and its key and arguments, source.",
              Finding::builder, Finding.Builder::build)
          .required("ruleId", String.class, Finding.Builder::ruleId)
          .required("severity", Severity.class, Finding.Builder::severity)
          .optional("criterionId", String.class, Finding.Builder::criterionId)
          .optional("requirementId", String.class, Finding.Builder::requirementId)
          .required("pointer", JsonPointer.class, Finding.Builder::pointer)
          .required("message", String.class, Finding.Builder::message)
          .required("messageKey", String.class, Finding.Builder::messageKey)
          .list("arguments", String.class, Finding.Builder::addAllArguments)
          .optional("source", SourceRef.class, Finding.Builder::source)
          .build(),

      Declaration.value(RequirementCoverage.class,
              "One row of the coverage matrix: a requirement and the actions, engagements, indicators (JSON"
                  + " Pointers into the dossier) and evidence ids that address it.",
              RequirementCoverage::builder, RequirementCoverage.Builder::build)
          .required("requirementId", String.class, RequirementCoverage.Builder::requirementId)
          .required("criterionId", String.class, RequirementCoverage.Builder::criterionId)
          .list("actions", JsonPointer.class, RequirementCoverage.Builder::addAllActions)
          .list("engagements", JsonPointer.class, RequirementCoverage.Builder::addAllEngagements)
          .list("indicators", JsonPointer.class, RequirementCoverage.Builder::addAllIndicators)
          .list("evidenceIds", String.class, RequirementCoverage.Builder::addAllEvidenceIds)
          .build(),

      Declaration.value(ConformityReport.class,
              "The conformity report of a check (rapport de conformité) of a dossier, an audit file or any kind of"
                  + " document checked: findings, and the verdicts, counts and coverage drawn from them. The verdict,"
                  + " readyForAudit, counts and criteria are derived from the findings: written, ignored on read.",
              ConformityReport::builder, ConformityReport.Builder::build)
          .required("documentKind", DOCUMENT_KIND, ConformityReport.Builder::documentKind)
          .required("referentialId", String.class, ConformityReport.Builder::referentialId)
          .required("referentialEdition", String.class, ConformityReport.Builder::referentialEdition)
          .optional("establishmentName", String.class, ConformityReport.Builder::establishmentName)
          .optional("establishmentUai", Uai.class, ConformityReport.Builder::establishmentUai)
          .optional("dossierKind", DossierKind.class, ConformityReport.Builder::dossierKind)
          .optional("stage", Stage.class, ConformityReport.Builder::stage)
          .optional("documentDate", LocalDate.class, ConformityReport.Builder::documentDate)
          .required("asOf", LocalDate.class, ConformityReport.Builder::asOf)
          .defaulted("asOfBasis", AsOfBasis.class, AsOfBasis.GIVEN, ConformityReport.Builder::asOfBasis)
          .required("language", String.class, ConformityReport.Builder::language)
          .optional("labelStatus", LabelStatus.class, ConformityReport.Builder::labelStatus)
          .derived("verdict", Verdict.class)
          .derived("readyForAudit", boolean.class)
          .derived("counts", FindingCounts.class)
          .list("criterionIds", String.class, ConformityReport.Builder::addAllCriterionIds)
          .derivedList("criteria", CriterionResult.class)
          .list("findings", Finding.class, ConformityReport.Builder::addAllFindings)
          .list("coverage", RequirementCoverage.class, ConformityReport.Builder::addAllCoverage)
          .list("ruleIds", String.class, ConformityReport.Builder::addAllRuleIds)
          .build());
}
