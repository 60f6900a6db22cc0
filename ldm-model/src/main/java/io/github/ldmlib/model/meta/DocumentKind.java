package io.github.ldmlib.model.meta;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.GradingScale;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of top-level document of the label (<i>type de document</i>): a dossier, a referential,
 * an audit file... Each kind has a stable {@link #id()}, the value of {@code "kind"} in its JSON
 * form, and the {@link #type() model type} its documents are read as.
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "kind": "dossier",
 *   ...
 * }
 * }</pre>
 *
 * <p>The kind is the one handle every module shares: the JSON format of {@code ldm-io} reads and
 * writes a document by its kind, the checker of {@code ldm-rules} checks the documents of one kind
 * with the rules of that kind, and a report says which kind of document it was made on. Some
 * document types also appear inside other documents (the decisions of a {@link LabelRecord} are
 * {@link LabelDecision}s, the documents of an {@link AuditFile} are its plan, dashboard,
 * summary...): there they are plain values, without a kind of their own.
 *
 * <p>The kinds are constants of this class; there is exactly one instance per kind, so kinds
 * compare with {@code ==}. Instances are immutable and thread-safe.
 *
 * @param <D> the model type of the kind's documents
 */
public final class DocumentKind<D> {

  /** A label dossier (<i>dossier de labellisation</i>), {@link Dossier}. */
  public static final DocumentKind<Dossier> DOSSIER = new DocumentKind<>("dossier", Dossier.class, GradingScale.DOSSIER_CHECK);

  /** A referential (<i>cahier des charges</i>) in one edition, {@link Referential}. */
  public static final DocumentKind<Referential> REFERENTIAL = new DocumentKind<>("referential", Referential.class);

  /**
   * An academy profile (<i>profil académique</i>), {@link AcademyProfile}: an academic criterion and
   * rule tailorings on top of a national referential. Whether a profile fits its referential is
   * checked when it is applied ({@link AcademyProfile#applyTo(Referential)}).
   */
  public static final DocumentKind<AcademyProfile> ACADEMY_PROFILE =
      new DocumentKind<>("academy-profile", AcademyProfile.class);

  /**
   * The conformity report of a check (<i>rapport de conformité</i>), {@link ConformityReport}: of a
   * dossier, of an audit file, of any kind of document the checker checks.
   */
  public static final DocumentKind<ConformityReport> CONFORMITY_REPORT =
      new DocumentKind<>("conformity-report", ConformityReport.class);

  /** The audit plan (<i>plan d'audit</i>, document LDM 03), {@link AuditPlan}. */
  public static final DocumentKind<AuditPlan> AUDIT_PLAN = new DocumentKind<>("audit-plan", AuditPlan.class);

  /** The audit dashboard (<i>tableau de bord</i>, document LDM 04), {@link AuditDashboard}. */
  public static final DocumentKind<AuditDashboard> AUDIT_DASHBOARD =
      new DocumentKind<>("audit-dashboard", AuditDashboard.class);

  /** The summary report of an audit (<i>rapport de synthèse</i>, document LDM 05), {@link AuditSummary}. */
  public static final DocumentKind<AuditSummary> AUDIT_SUMMARY =
      new DocumentKind<>("audit-summary", AuditSummary.class);

  /** The rector's decision on the label (<i>décision de labellisation</i>), {@link LabelDecision}. */
  public static final DocumentKind<LabelDecision> LABEL_DECISION =
      new DocumentKind<>("label-decision", LabelDecision.class);

  /** The life of an establishment's label (<i>vie du label</i>), {@link LabelRecord}. */
  public static final DocumentKind<LabelRecord> LABEL_RECORD = new DocumentKind<>("label-record", LabelRecord.class);

  /** The pool of trained auditors of an academy (<i>groupe des auditeurs</i>), {@link AuditorPool}. */
  public static final DocumentKind<AuditorPool> AUDITOR_POOL = new DocumentKind<>("auditor-pool", AuditorPool.class);

  /**
   * The audit file (<i>dossier d'audit</i>), {@link AuditFile}: the documents of one audit gathered
   * to be checked together, each held as a plain value under its key ({@code plan}, {@code
   * dashboard}, {@code summary}, {@code decision}, {@code labelRecord}, {@code auditorPool}, {@code
   * previousSummary}, {@code nextDashboard}).
   */
  public static final DocumentKind<AuditFile> AUDIT_FILE = new DocumentKind<>("audit-file", AuditFile.class, GradingScale.AUDIT);

  /**
   * The annual review of a labelled establishment (<i>bilan annuel</i>), {@link AnnualReview}: the
   * school's own document, not an audit, so it is graded on the scale of a dossier check.
   */
  public static final DocumentKind<AnnualReview> ANNUAL_REVIEW =
      new DocumentKind<>("annual-review", AnnualReview.class, GradingScale.DOSSIER_CHECK);

  /**
   * The review file (<i>dossier de suivi</i>), {@link ReviewFile}: a dossier, its label record, its
   * annual reviews and the summary of the last audit held, gathered to check the follow-up of the
   * label between audits, each held as a plain value under its key ({@code dossier}, {@code
   * labelRecord}, {@code reviews}, {@code lastAuditSummary}). Like the annual review, it is the
   * school's own follow-up, graded on the scale of a dossier check.
   */
  public static final DocumentKind<ReviewFile> REVIEW_FILE =
      new DocumentKind<>("review-file", ReviewFile.class, GradingScale.DOSSIER_CHECK);

  private static final List<DocumentKind<?>> VALUES = List.of(DOSSIER, REFERENTIAL, ACADEMY_PROFILE,
      CONFORMITY_REPORT, AUDIT_PLAN, AUDIT_DASHBOARD, AUDIT_SUMMARY, LABEL_DECISION, LABEL_RECORD, AUDITOR_POOL,
      AUDIT_FILE, ANNUAL_REVIEW, REVIEW_FILE);

  private final String id;
  private final Class<D> type;
  private final GradingScale gradingScale;

  private DocumentKind(String id, Class<D> type) {
    this(id, type, null);
  }

  private DocumentKind(String id, Class<D> type, GradingScale gradingScale) {
    this.id = id;
    this.type = type;
    this.gradingScale = gradingScale;
  }

  /**
   * Returns every kind, in a fixed order (the order of the constants above).
   *
   * @return an unmodifiable list
   */
  public static List<DocumentKind<?>> values() {
    return VALUES;
  }

  /** The value of {@code "kind"} in the document, for example {@code dossier}. */
  public String id() {
    return id;
  }

  /** The model type of the kind's documents, for example {@code Dossier.class}. */
  public Class<D> type() {
    return type;
  }

  /**
   * The scale the kind's documents are graded on when checked: {@link GradingScale#DOSSIER_CHECK}
   * for a dossier, an annual review and a review file (a check of the school's own document is not an audit),
   * {@link GradingScale#AUDIT} for an audit file.
   *
   * @return the scale, or empty for a kind that is not checked
   */
  public Optional<GradingScale> gradingScale() {
    return Optional.ofNullable(gradingScale);
  }

  /**
   * Finds the kind of a {@code "kind"} value.
   *
   * @param id the value, for example {@code referential}
   * @return the kind, or empty if none has that id
   */
  public static Optional<DocumentKind<?>> ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (DocumentKind<?> kind : VALUES) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the kind whose documents are of a model type.
   *
   * @param type the model type, for example {@code Dossier.class} (a subclass is accepted)
   * @param <D> the type
   * @return the kind, or empty if the type is not a document type
   */
  @SuppressWarnings("unchecked")
  public static <D> Optional<DocumentKind<D>> ofType(Class<D> type) {
    Objects.requireNonNull(type, "type");
    for (DocumentKind<?> kind : VALUES) {
      if (kind.type.isAssignableFrom(type)) {
        return Optional.of((DocumentKind<D>) kind);
      }
    }
    return Optional.empty();
  }

  /** Returns the id, for example {@code dossier}. */
  @Override
  public String toString() {
    return id;
  }
}
