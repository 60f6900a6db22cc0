package io.github.ldmlib.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The built-in rules, in id order. */
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
}
