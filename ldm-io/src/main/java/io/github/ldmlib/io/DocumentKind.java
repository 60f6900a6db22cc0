package io.github.ldmlib.io;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditReport;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of top-level document of the JSON format (<i>types de document</i>), each named in the
 * document by its {@code "kind"} and described by a JSON Schema shipped in this jar.
 *
 * <pre>{@code
 * {
 *   "formatVersion": "1.0",
 *   "kind": "dossier",
 *   ...
 * }
 * }</pre>
 *
 * <p>A document is read as the {@link #type() model type} of its kind: {@code
 * LdmJson.defaults().read(AuditPlan.class, file)} reads an {@code "audit-plan"}. Some document
 * types also appear inside other documents (the decisions of a {@link LabelRecord} are {@link
 * LabelDecision}s, the documents of an {@link AuditFile} are its plan, dashboard, summary...):
 * there they are plain objects, without {@code formatVersion} and {@code kind}.
 */
public enum DocumentKind {

  /** A label dossier (<i>dossier de labellisation</i>), {@link Dossier}. */
  DOSSIER("dossier", Dossier.class),

  /** A referential (<i>cahier des charges</i>) in one edition, {@link Referential}. */
  REFERENTIAL("referential", Referential.class),

  /**
   * An academy profile (<i>profil académique</i>), {@link AcademyProfile}. Reading checks the
   * format only; whether the profile fits its referential (no redefined national criterion, no
   * duplicate id, no unknown target criterion…) is checked when it is applied, by {@link
   * Referentials#tailor(AcademyProfile)} or {@link AcademyProfile#applyTo(Referential)}, which
   * report every fault with its JSON Pointer in the profile.
   */
  ACADEMY_PROFILE("academy-profile", AcademyProfile.class),

  /**
   * The conformity report of a dossier (<i>rapport de conformité</i>), {@link ConformityReport}.
   * Its counts, verdicts and readiness must follow from its findings: a report whose figures do
   * not agree is refused when read.
   */
  CONFORMITY_REPORT("conformity-report", ConformityReport.class),

  /** The audit plan (<i>plan d'audit</i>, document LDM 03), {@link AuditPlan}. */
  AUDIT_PLAN("audit-plan", AuditPlan.class),

  /** The audit dashboard (<i>tableau de bord</i>, document LDM 04), {@link AuditDashboard}. */
  AUDIT_DASHBOARD("audit-dashboard", AuditDashboard.class),

  /** The summary report of an audit (<i>rapport de synthèse</i>, document LDM 05), {@link AuditSummary}. */
  AUDIT_SUMMARY("audit-summary", AuditSummary.class),

  /** The rector's decision on the label (<i>décision de labellisation</i>), {@link LabelDecision}. */
  LABEL_DECISION("label-decision", LabelDecision.class),

  /** The life of an establishment's label (<i>vie du label</i>), {@link LabelRecord}. */
  LABEL_RECORD("label-record", LabelRecord.class),

  /** The pool of trained auditors of an academy (<i>groupe des auditeurs</i>), {@link AuditorPool}. */
  AUDITOR_POOL("auditor-pool", AuditorPool.class),

  /**
   * The audit file (<i>dossier d'audit</i>), {@link AuditFile}: the documents of one audit gathered
   * to be checked together. Its keys {@code plan}, {@code dashboard}, {@code summary}, {@code
   * decision}, {@code labelRecord}, {@code auditorPool}, {@code previousSummary} and {@code
   * nextDashboard} hold each document as a plain object, without its own {@code formatVersion}
   * and {@code kind}; every one is optional. The pointers of an {@link AuditReport}'s findings
   * point into this form ({@code /plan/team/0}, {@code /summary/gaps/2}).
   */
  AUDIT_FILE("audit-file", AuditFile.class),

  /**
   * The conformity report of an audit (<i>rapport de conformité de l'audit</i>), {@link
   * AuditReport}, as the audit checker of {@code ldm-rules} makes it. Its counts and verdicts must
   * follow from its findings: a report whose figures do not agree is refused when read.
   */
  AUDIT_REPORT("audit-report", AuditReport.class);

  private static final String SCHEMA_BASE = "https://ldmlib.github.io/schema/" + LdmJson.FORMAT_VERSION + "/";

  private final String id;
  private final Class<?> type;

  DocumentKind(String id, Class<?> type) {
    this.id = id;
    this.type = type;
  }

  /** The value of {@code "kind"} in the document, for example {@code dossier}. */
  public String id() {
    return id;
  }

  /** The model type of the document, for example {@code Dossier.class}. */
  public Class<?> type() {
    return type;
  }

  /** The stable {@code $id} of the document's JSON Schema, for example {@code https://ldmlib.github.io/schema/1.0/dossier.schema.json}. */
  public URI schemaId() {
    return URI.create(SCHEMA_BASE + id + ".schema.json");
  }

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) shipped in this jar, for example
   * {@code /io/github/ldmlib/io/schema/dossier.schema.json}; open it with {@code
   * DocumentKind.class.getResourceAsStream(kind.schemaResource())}.
   */
  public String schemaResource() {
    return "/io/github/ldmlib/io/schema/" + id + ".schema.json";
  }

  /**
   * Finds the kind of a {@code "kind"} value.
   *
   * @param id the value, for example {@code referential}
   * @return the kind, or empty if none has that id
   */
  public static Optional<DocumentKind> ofId(String id) {
    Objects.requireNonNull(id, "id");
    for (DocumentKind kind : values()) {
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
   * @return the kind, or empty if the type is not a document type
   */
  public static Optional<DocumentKind> ofType(Class<?> type) {
    Objects.requireNonNull(type, "type");
    for (DocumentKind kind : values()) {
      if (kind.type.isAssignableFrom(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
