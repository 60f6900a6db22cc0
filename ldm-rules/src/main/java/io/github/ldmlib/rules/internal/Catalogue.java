package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The built-in rules, each kind in id order, and which of them no tailoring may change. */
public final class Catalogue {

  private Catalogue() {}

  /**
   * Starts the declaration of a built-in dossier rule, with the built-in messages.
   *
   * @param id the id
   * @param severity the default severity
   * @return the declaration
   */
  static Declaration<Dossier> dossier(String id, Severity severity) {
    return new Declaration<>(Rule.declare(DocumentKind.DOSSIER, id, severity));
  }

  /**
   * Starts the declaration of a built-in audit rule, with the built-in messages.
   *
   * @param id the id
   * @param severity the default severity
   * @return the declaration
   */
  static Declaration<AuditFile> audit(String id, Severity severity) {
    return new Declaration<>(Rule.declare(DocumentKind.AUDIT_FILE, id, severity));
  }

  /**
   * Starts the declaration of a built-in annual review rule, with the built-in messages.
   *
   * @param id the id
   * @param severity the default severity
   * @return the declaration
   */
  static Declaration<AnnualReview> review(String id, Severity severity) {
    return new Declaration<>(Rule.declare(DocumentKind.ANNUAL_REVIEW, id, severity));
  }

  /**
   * Starts the declaration of a built-in review file rule, with the built-in messages.
   *
   * @param id the id
   * @param severity the default severity
   * @return the declaration
   */
  static Declaration<ReviewFile> reviewFile(String id, Severity severity) {
    return new Declaration<>(Rule.declare(DocumentKind.REVIEW_FILE, id, severity));
  }

  /**
   * The declaration of a built-in rule: the public {@link Rule.Builder} with the built-in messages,
   * and its documentation given piece by piece.
   *
   * @param <D> the model type of the documents
   */
  static final class Declaration<D> {
    private final Rule.Builder<D> rule;
    private String checks;
    private String reads = "—";
    private String citing;
    private String clause;
    private SourceRef clauseSource;
    private String grade;

    private Declaration(Rule.Builder<D> rule) {
      this.rule = rule.messages(Messages.BUILT_IN);
    }

    /**
     * Sets the source; a rule that enforces the national guide applies only to referentials drawn
     * from the guide, as the 2012 note and the guide are different texts.
     */
    Declaration<D> source(SourceRef source) {
      rule.source(source);
      if (source.document().equals(Sources.GUIDE)) {
        rule.referentialSources(Sources.GUIDE);
      }
      return this;
    }

    Declaration<D> checks(String text) {
      this.checks = text;
      return this;
    }

    Declaration<D> reads(String text) {
      this.reads = text;
      return this;
    }

    /** The source's words the rule enforces, verbatim, in the rule's own source. */
    Declaration<D> clause(String verbatim) {
      this.clause = verbatim;
      return this;
    }

    /** The source's words the rule enforces, verbatim, and where they are written. */
    Declaration<D> clause(SourceRef where, String verbatim) {
      this.clauseSource = where;
      this.clause = verbatim;
      return this;
    }

    /** Why the rule has its grade, from the source. */
    Declaration<D> grade(String reason) {
      this.grade = reason;
      return this;
    }

    /** Limits the rule to the referentials drawn from the texts it enforces. */
    Declaration<D> referentialSources(String... documents) {
      rule.referentialSources(documents);
      return this;
    }

    /** Limits the rule to stages of the label. */
    Declaration<D> stages(Stage... at) {
      rule.stages(at);
      return this;
    }

    Declaration<D> citing(String text) {
      this.citing = text;
      return this;
    }

    Rule<D> check(Rule.Check<D> check) {
      return rule.doc(new RuleDoc(checks, reads, Optional.ofNullable(citing), Optional.ofNullable(clause),
          Optional.ofNullable(grade), Optional.ofNullable(clauseSource))).check(check);
    }
  }

  /** Every built-in dossier rule, sorted by id. */
  private static final class Dossiers {
    static final List<Rule<Dossier>> RULES = sorted(Stream.of(
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
        EvidenceRules.UNIQUE_LINK_IDS,
        EligibilityRules.ELIGIBLE_TYPE,
        EligibilityRules.ELIGIBLE_SECTOR,
        EligibilityRules.IDENTIFIED_BY_UAI,
        EligibilityRules.NETWORK_ALLOWED,
        EligibilityRules.COMMON_STRATEGY,
        EligibilityRules.COMMON_REFLECTION,
        EngagementRules.PRESENT,
        EngagementRules.BEFORE_SUBMISSION,
        EngagementRules.MINUTES,
        EngagementRules.TEAMS,
        LinkRules.DOMAINS_EXIST,
        LinkRules.SHEETS_EXIST,
        LinkRules.REQUIREMENTS_EXIST,
        CoverageRules.REQUIREMENTS_ADDRESSED,
        MeasureRules.TREND,
        MeasureRules.PERENNIAL_FOLLOW_UP));
  }

  /** Every built-in audit rule, sorted by id. */
  private static final class Audits {
    static final List<Rule<AuditFile>> RULES = sorted(Stream.of(
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
        AuditLifeRules.REASSESSED));
  }

  /** Every built-in annual review rule, sorted by id. */
  private static final class Reviews {
    static final List<Rule<AnnualReview>> RULES = sorted(Stream.of(
        ReviewRules.WELL_FORMED,
        ReviewRules.SAME_REFERENTIAL,
        ReviewRules.PRESENTED_TO_BOARD,
        ReviewRules.MINUTES_IN_ANNEX,
        ReviewRules.STOPPED_WITH_REASON));
  }

  /** Every built-in review file rule, sorted by id. */
  private static final class ReviewFiles {
    static final List<Rule<ReviewFile>> RULES = sorted(Stream.of(
        ReviewFileRules.WELL_FORMED,
        ReviewFileRules.SAME_REFERENTIAL,
        ReviewFileRules.REVIEW_EVERY_YEAR,
        ReviewFileRules.INDICATORS_MEASURED,
        ReviewFileRules.END_MEASURE,
        ReviewFileRules.AXES_ADDRESSED,
        ReviewFileRules.MOVING_AWAY));
  }

  /**
   * Every built-in rule, and the rules no tailoring may disable or change: they keep the check
   * trustworthy (a malformed document, a document of another referential) or protect the national
   * core. A holder of its own, like each kind's list, so that a checker of one kind loads the rule
   * classes of its own kind only, and the others when a tailoring needs them.
   */
  private static final class Everything {
    static final List<Rule<?>> ALL = concat();

    static final Set<String> PROTECTED = Set.of(Engine.RULE_FAILED,
        DossierRules.WELL_FORMED.id(), DossierRules.SAME_REFERENTIAL.id(), DossierRules.MANDATORY_SECTIONS.id(),
        AuditFileRules.WELL_FORMED.id(), AuditFileRules.SAME_REFERENTIAL.id(),
        ReviewRules.WELL_FORMED.id(), ReviewRules.SAME_REFERENTIAL.id(),
        ReviewFileRules.WELL_FORMED.id(), ReviewFileRules.SAME_REFERENTIAL.id());

    private static List<Rule<?>> concat() {
      List<Rule<?>> all = new ArrayList<>(Dossiers.RULES);
      all.addAll(Audits.RULES);
      all.addAll(Reviews.RULES);
      all.addAll(ReviewFiles.RULES);
      return List.copyOf(all);
    }
  }

  private static <D> List<Rule<D>> sorted(Stream<Rule<D>> rules) {
    return rules.sorted(Comparator.comparing(Rule::id)).toList();
  }

  /**
   * Returns every built-in rule, dossier rules, audit rules, annual review rules then review file rules,
   * each in id order.
   *
   * @return the rules
   */
  public static List<Rule<?>> all() {
    return Everything.ALL;
  }

  /**
   * Returns the built-in rules of a kind of document.
   *
   * @param kind the kind
   * @param <D> its model type
   * @return the rules, sorted by id; empty for a kind without built-in rules
   */
  @SuppressWarnings("unchecked")
  public static <D> List<Rule<D>> of(DocumentKind<D> kind) {
    if (kind == DocumentKind.DOSSIER) {
      return (List<Rule<D>>) (List<?>) Dossiers.RULES;
    } else if (kind == DocumentKind.AUDIT_FILE) {
      return (List<Rule<D>>) (List<?>) Audits.RULES;
    } else if (kind == DocumentKind.ANNUAL_REVIEW) {
      return (List<Rule<D>>) (List<?>) Reviews.RULES;
    } else if (kind == DocumentKind.REVIEW_FILE) {
      return (List<Rule<D>>) (List<?>) ReviewFiles.RULES;
    }
    return List.of();
  }

  /**
   * Tells whether a rule is protected from tailoring.
   *
   * @param id the rule id
   * @return true for a protected built-in rule
   */
  public static boolean isProtected(String id) {
    return Everything.PROTECTED.contains(id);
  }
}
