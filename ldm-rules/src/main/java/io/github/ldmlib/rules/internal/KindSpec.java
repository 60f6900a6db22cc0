package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.Gravity;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the checker needs to know of one kind of document to check it: its built-in rules, the
 * stage a document states, what its report says of it, which criteria the report has a result for,
 * and what a referential must state to check it. Adding a kind of document to the checker is
 * describing it here; the pipeline itself is the same for every kind.
 *
 * @param <D> the model type of the documents
 */
public abstract class KindSpec<D> {

  private final DocumentKind<D> kind;
  private final String name;

  private KindSpec(DocumentKind<D> kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * Finds the description of a kind of document the checker checks.
   *
   * @param kind the kind
   * @param <D> its model type
   * @return the description, or empty if the checker does not check that kind
   */
  @SuppressWarnings("unchecked")
  public static <D> Optional<KindSpec<D>> of(DocumentKind<D> kind) {
    if (kind == DocumentKind.DOSSIER) {
      return Optional.of((KindSpec<D>) DOSSIER);
    } else if (kind == DocumentKind.AUDIT_FILE) {
      return Optional.of((KindSpec<D>) AUDIT_FILE);
    } else if (kind == DocumentKind.ANNUAL_REVIEW) {
      return Optional.of((KindSpec<D>) ANNUAL_REVIEW);
    } else if (kind == DocumentKind.REVIEW_FILE) {
      return Optional.of((KindSpec<D>) REVIEW_FILE);
    }
    return Optional.empty();
  }

  /** The kinds the checker checks. */
  public static List<DocumentKind<?>> checkedKinds() {
    return List.of(DocumentKind.DOSSIER, DocumentKind.AUDIT_FILE, DocumentKind.ANNUAL_REVIEW, DocumentKind.REVIEW_FILE);
  }

  /** The kind. */
  public DocumentKind<D> kind() {
    return kind;
  }

  /** What its checker is called in configuration errors, for example "a dossier checker". */
  public String name() {
    return name;
  }

  /** The built-in rules of the kind, sorted by id. */
  public List<Rule<D>> builtIns() {
    return Catalogue.of(kind);
  }

  /** The key of the LDM-E-001 message for a finding placed where the document has no such place. */
  public abstract String invalidPointerKey();

  /**
   * The grading scale of the kind, gravest first: one severity per {@link Gravity}. A checker of
   * the kind refuses a rule or a tailoring graded on another scale.
   *
   * @return the severities, unmodifiable
   */
  public List<Severity> scale() {
    return kind.gradingScale().orElseThrow().severities();
  }

  /**
   * The severity of the kind's scale that has a gravity.
   *
   * @param gravity the gravity
   * @return the severity
   */
  public Severity severityOf(Gravity gravity) {
    return kind.gradingScale().orElseThrow().severityOf(gravity);
  }

  /**
   * The document's own date, at which it is judged unless the caller gives another: a dossier's
   * submission date, an audit file's audit day.
   *
   * @param document the document
   * @return the date, or empty if the document states none
   */
  public abstract Optional<LocalDate> dateOf(D document);

  /**
   * The stage a document states, if any.
   *
   * @param document the document
   * @return the stage, or empty
   */
  public abstract Optional<Stage> stageOf(D document);

  /**
   * Records the faults of a referential that make it unfit for checking this kind.
   *
   * @param referential the referential
   * @param problems where to record them
   */
  public abstract void referentialProblems(Referential referential, List<String> problems);

  /**
   * Writes into a report what it says of the checked document: the establishment, the document's
   * own date, and what only this kind has.
   *
   * @param report the report being built
   * @param context the check
   */
  public abstract void describe(ConformityReport.Builder report, CheckContext<D> context);

  /**
   * Tells whether the report has a result for a criterion.
   *
   * @param criterion the criterion
   * @param document the document
   * @param findings the findings attributed to the criterion
   * @return true to list it in the report's results
   */
  public abstract boolean hasResult(Criterion criterion, D document, List<Finding> findings);

  /**
   * The status of a label on the date of a check, when the referential states the parameters it needs.
   *
   * @param record the label's record
   * @param context the check
   * @return the status, or empty
   */
  private static Optional<LabelStatus> labelStatus(LabelRecord record, CheckContext<?> context) {
    try {
      return Optional.of(record.status(context.asOf(), context.referential().parameters()));
    } catch (IllegalStateException e) {
      return Optional.empty(); // the referential does not state the parameters the status needs
    }
  }

  /** A dossier: the mandatory criteria and those it addresses have results; it has a coverage matrix. */
  private static final KindSpec<Dossier> DOSSIER = new KindSpec<>(DocumentKind.DOSSIER, "a dossier checker") {
    @Override
    public String invalidPointerKey() {
      return "invalidPointer";
    }

    @Override
    public Optional<LocalDate> dateOf(Dossier dossier) {
      return dossier.submissionDate();
    }

    @Override
    public Optional<Stage> stageOf(Dossier dossier) {
      return Optional.of(dossier.dossierKind() == DossierKind.RENEWAL ? Stage.RENEWAL : Stage.CANDIDATURE);
    }

    @Override
    public void referentialProblems(Referential referential, List<String> problems) {
      problems.addAll(Structure.problems(referential).stream().map(p -> "referential " + p).toList());
    }

    @Override
    public void describe(ConformityReport.Builder report, CheckContext<Dossier> context) {
      Dossier d = context.document();
      report.establishmentName(d.establishment().name())
          .establishmentUai(d.establishment().uai())
          .dossierKind(d.dossierKind())
          .coverage(Coverage.matrix(context));
    }

    @Override
    public boolean hasResult(Criterion criterion, Dossier dossier, List<Finding> findings) {
      return Coverage.applies(criterion, dossier);
    }
  };

  /** An audit file: the mandatory criteria and those a finding concerns have results; the label's status. */
  private static final KindSpec<AuditFile> AUDIT_FILE = new KindSpec<>(DocumentKind.AUDIT_FILE, "an audit checker") {
    @Override
    public String invalidPointerKey() {
      return "invalidAuditPointer";
    }

    @Override
    public Optional<LocalDate> dateOf(AuditFile audit) {
      return audit.auditDate();
    }

    @Override
    public Optional<Stage> stageOf(AuditFile audit) {
      return audit.stage();
    }

    @Override
    public void referentialProblems(Referential referential, List<String> problems) {
      for (int years : referential.parameters().followUpAuditYears()) {
        if (years != 1 && years != 3) {
          problems.add("referential parameters.followUpAuditYears: a follow-up audit at " + years
              + " years has no audit stage; only follow-ups at 1 year (FOLLOW_UP_1_YEAR) and 3 years "
              + "(FOLLOW_UP_3_YEARS) can be scheduled");
        }
      }
    }

    @Override
    public void describe(ConformityReport.Builder report, CheckContext<AuditFile> context) {
      AuditFile audit = context.document();
      report.establishmentUai(audit.uai())
          .establishmentName(audit.establishmentName())
          .labelStatus(audit.labelRecord().flatMap(r -> labelStatus(r, context)));
    }

    @Override
    public boolean hasResult(Criterion criterion, AuditFile audit, List<Finding> findings) {
      return criterion.isMandatory() || !findings.isEmpty();
    }
  };

  /**
   * An annual review: no stage (it falls between audits), judged at its own date; the criteria it has a
   * section for, and those a finding concerns, have results.
   */
  private static final KindSpec<AnnualReview> ANNUAL_REVIEW =
      new KindSpec<>(DocumentKind.ANNUAL_REVIEW, "an annual review checker") {
        @Override
        public String invalidPointerKey() {
          return "invalidReviewPointer";
        }

        @Override
        public Optional<LocalDate> dateOf(AnnualReview review) {
          return review.date();
        }

        @Override
        public Optional<Stage> stageOf(AnnualReview review) {
          return Optional.empty();
        }

        @Override
        public void referentialProblems(Referential referential, List<String> problems) {
          // A review reads nothing of the referential beyond its id and its criteria.
        }

        @Override
        public void describe(ConformityReport.Builder report, CheckContext<AnnualReview> context) {
          AnnualReview review = context.document();
          report.establishmentName(review.establishment().name()).establishmentUai(review.establishment().uai());
        }

        @Override
        public boolean hasResult(Criterion criterion, AnnualReview review, List<Finding> findings) {
          return review.section(criterion.id()).isPresent() || !findings.isEmpty();
        }
      };

  /**
   * A review file: no stage (it falls between audits), judged at its own date or else at its latest
   * review's; the label's status when it holds the label record; the criteria of its dossier and
   * reviews, and those a finding concerns, have results.
   */
  private static final KindSpec<ReviewFile> REVIEW_FILE =
      new KindSpec<>(DocumentKind.REVIEW_FILE, "a review file checker") {
        @Override
        public String invalidPointerKey() {
          return "invalidReviewFilePointer";
        }

        @Override
        public Optional<LocalDate> dateOf(ReviewFile file) {
          return file.documentDate();
        }

        @Override
        public Optional<Stage> stageOf(ReviewFile file) {
          return Optional.empty();
        }

        @Override
        public void referentialProblems(Referential referential, List<String> problems) {
          // A review file reads the referential's criteria and, optionally, the label's validity.
        }

        @Override
        public void describe(ConformityReport.Builder report, CheckContext<ReviewFile> context) {
          ReviewFile file = context.document();
          report.establishmentUai(file.uai())
              .establishmentName(file.establishmentName())
              .labelStatus(file.labelRecord().flatMap(r -> labelStatus(r, context)));
        }

        @Override
        public boolean hasResult(Criterion criterion, ReviewFile file, List<Finding> findings) {
          return file.dossier().map(d -> d.section(criterion.id()).isPresent()).orElse(false)
              || file.reviews().stream().anyMatch(r -> r.section(criterion.id()).isPresent())
              || !findings.isEmpty();
        }
      };
}
