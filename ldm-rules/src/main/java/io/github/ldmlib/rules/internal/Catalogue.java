package io.github.ldmlib.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The built-in rules, dossier and audit, in id order. */
public final class Catalogue {

  private Catalogue() {}

  /** The engine's own rule: a rule that could not be applied. */
  public static final BuiltInRule RULE_FAILED = DossierRules.RULE_FAILED;

  /** Every built-in rule, sorted by id. */
  public static final List<BuiltInRule> RULES = Stream.of(
          DossierRules.RULE_FAILED,
          DossierRules.WELL_FORMED,
          DossierRules.SAME_REFERENTIAL,
          DossierRules.SAME_EDITION,
          DossierRules.MANDATORY_SECTIONS,
          DossierRules.KNOWN_CRITERIA,
          DossierRules.ONE_SECTION_PER_CRITERION,
          DossierRules.KIND_FITS_STAGE,
          DossierRules.DOSSIER_ELEMENTS,
          StructureRules.SECTION_ELEMENTS,
          SectionRules.COORDINATOR_IDENTIFIED,
          SectionRules.MEMBERS_IDENTIFIED,
          SectionRules.SECTION_HAS_WORK,
          StructureRules.ACTION_ELEMENTS,
          StructureRules.ENGAGEMENT_ELEMENTS,
          SectionRules.LEAD_IDENTIFIED,
          MeasureRules.ENGAGEMENT_REFERENCE,
          MeasureRules.ACTION_START_YEAR,
          MeasureRules.START_MEASURE,
          MeasureRules.NO_FUTURE_MEASURE,
          MeasureRules.MEASURE_YEAR,
          MeasureRules.ONE_MEASURE_PER_MILESTONE,
          MeasureRules.DUE_MEASURES,
          MeasureRules.ACTION_HAS_STARTED,
          EvidenceRules.REFERENCES_RESOLVE,
          EvidenceRules.ACTION_CITES_EVIDENCE,
          EvidenceRules.EVIDENCE_CITED,
          EvidenceRules.UNIQUE_EVIDENCE_IDS,
          EligibilityRules.ELIGIBLE_TYPE,
          EligibilityRules.ELIGIBLE_SECTOR,
          EligibilityRules.IDENTIFIED_BY_UAI,
          EligibilityRules.NETWORK_ALLOWED,
          EligibilityRules.COMMON_STRATEGY,
          LinkRules.DOMAINS_EXIST,
          LinkRules.SHEETS_EXIST,
          LinkRules.REQUIREMENTS_EXIST,
          CoverageRules.REQUIREMENTS_ADDRESSED,
          CoverageRules.IMPROVEMENT_AXES,
          CoverageRules.TOO_MANY_AXES,
          MeasureRules.TREND,
          MeasureRules.PERENNIAL_FOLLOW_UP)
      .sorted(Comparator.comparing(BuiltInRule::id))
      .toList();

  /** Every built-in audit rule, sorted by id. */
  public static final List<BuiltInAuditRule> AUDIT_RULES = Stream.of(
          AuditFileRules.WELL_FORMED,
          AuditFileRules.SAME_REFERENTIAL,
          AuditFileRules.SAME_EDITION,
          AuditFileRules.DOCUMENTS_AGREE,
          AuditFileRules.SAME_ESTABLISHMENT,
          AuditFileRules.CHRONOLOGY,
          AuditFileRules.UNIQUE_IDS,
          AuditFileRules.REFERENTIAL_REFERENCES,
          AuditFileRules.FILE_REFERENCES,
          AuditTimingRules.PLAN_NOTICE,
          AuditTimingRules.DOSSIER_NOTICE,
          AuditTimingRules.REPORT_DEADLINE,
          AuditTeamRules.ONE_LEAD,
          AuditTeamRules.MIN_AUDITORS,
          AuditTeamRules.RECTORATE,
          AuditTeamRules.EXTERNAL_MEMBER,
          AuditTeamRules.LEAD_EXPERIENCE,
          AuditTeamRules.CERTIFIED,
          AuditTeamRules.RECENT_AUDIT,
          AuditTeamRules.AUDITS_PER_YEAR,
          AuditTeamRules.CONTINUING_TRAINING,
          AuditTeamRules.KNOWN_AUDITORS,
          AuditHearingRules.STUDENTS_HEARD,
          AuditHearingRules.PARTNERS_HEARD,
          AuditHearingRules.INTERVIEWEES_PER_CRITERION,
          AuditDecisionRules.OPEN_MAJOR_GAPS,
          AuditDecisionRules.GRANT_TITLE,
          AuditDecisionRules.IMPROVEMENT_AXES,
          AuditDecisionRules.TOO_MANY_AXES,
          AuditLifeRules.FOLLOW_UP_DUE,
          AuditLifeRules.FOLLOW_UP_OVERDUE,
          AuditLifeRules.LABEL_EXPIRED,
          AuditLifeRules.GAP_HAS_AXIS,
          AuditLifeRules.AXIS_OWNER_DEADLINE,
          AuditLifeRules.REASSESSED)
      .sorted(Comparator.comparing(BuiltInAuditRule::id))
      .toList();
}
