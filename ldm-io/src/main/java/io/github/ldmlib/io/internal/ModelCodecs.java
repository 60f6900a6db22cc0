package io.github.ldmlib.io.internal;

import static io.github.ldmlib.io.internal.Codecs.SCHOOL_YEAR;
import static io.github.ldmlib.io.internal.Codecs.STRING;
import static io.github.ldmlib.io.internal.Codecs.UAI;
import static io.github.ldmlib.io.internal.Codecs.enumCodec;

import io.github.ldmlib.io.DocumentKind;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Initiative;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.ReferentialItem;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codecs of every type of the model: the one place that maps the model onto the JSON format.
 *
 * <p>Keys are the accessors' names, written in the order the accessors are declared (for a type that
 * implements {@link Initiative}, {@link ReferentialItem} or {@link AuditDocument}, the interface's
 * accessors first). Computed methods are not properties and are not written. No document type has
 * an accessor named {@code kind} or {@code formatVersion}: at the top of a document, those keys
 * name the kind of document and the format version.
 *
 * <p>The codecs of each kind of document are defined in a holder class of their own
 * ({@link DossierCodecs}, {@link ReferentialCodecs}, {@link ProfileCodecs}, {@link ReportCodecs},
 * {@link AuditCodecs}), initialized at first use: reading a dossier defines the dossier's codecs
 * only, not those of the referential, the reports or the audits. Each codec is defined once; the few
 * shared by several kinds are defined here. A holder may use the codecs of this class and of the
 * holders above it in that list, never of one below, so that no two holders wait on each other.
 *
 * <p>To add a document kind: add its constant to {@link DocumentKind}, define the codecs of its
 * types in a holder, name its root in {@link #root(DocumentKind)}, list its other types in
 * {@link AllTypes}, and regenerate the schemas.
 */
public final class ModelCodecs {

  private ModelCodecs() {}

  // ---------------------------------------------------------------- shared by several kinds of document

  static final Codec<DossierKind> DOSSIER_KIND = enumCodec(DossierKind.class);
  static final Codec<EstablishmentType> ESTABLISHMENT_TYPE = enumCodec(EstablishmentType.class);
  static final Codec<Sector> SECTOR = enumCodec(Sector.class);
  static final Codec<Severity> SEVERITY = enumCodec(Severity.class);
  static final Codec<Stage> STAGE = enumCodec(Stage.class);
  static final Codec<Verdict> VERDICT = enumCodec(Verdict.class);

  static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.define(Person.class,
          "A person named in a dossier (nom, prénom, fonction).", Person::builder, Person.Builder::build)
      .required("lastName", STRING, Person::lastName, Person.Builder::lastName)
      .optional("firstName", STRING, Person::firstName, Person.Builder::firstName)
      .optional("function", STRING, Person::function, Person.Builder::function)
      .build();

  /** Collects the components of a {@link SourceRef} record. */
  private static final class SourceRefParts {
    String document;
    Optional<String> edition = Optional.empty();
    String section;
  }

  static final ObjectCodec<SourceRef, SourceRefParts> SOURCE_REF = ObjectCodec.define(SourceRef.class,
          "Where a text of the label comes from: document, edition, section.",
          SourceRefParts::new, p -> new SourceRef(p.document, p.edition, p.section))
      .required("document", STRING, SourceRef::document, (p, v) -> p.document = v)
      .optional("edition", STRING, SourceRef::edition, (p, v) -> p.edition = Optional.of(v))
      .required("section", STRING, SourceRef::section, (p, v) -> p.section = v)
      .build();

  // ---------------------------------------------------------------- registry

  /** The codec of each kind of document, made at first use of the kind. */
  private static final Map<DocumentKind, DocumentCodec<?>> DOCUMENTS = new ConcurrentHashMap<>();

  /** The root codec of a kind of document; the switch covers every kind, the compiler checks it. */
  private static ObjectCodec<?, ?> root(DocumentKind kind) {
    return switch (kind) {
      case DOSSIER -> DossierCodecs.DOSSIER;
      case REFERENTIAL -> ReferentialCodecs.REFERENTIAL;
      case ACADEMY_PROFILE -> ProfileCodecs.ACADEMY_PROFILE;
      case CONFORMITY_REPORT -> ReportCodecs.CONFORMITY_REPORT;
      case AUDIT_PLAN -> AuditCodecs.AUDIT_PLAN;
      case AUDIT_DASHBOARD -> AuditCodecs.AUDIT_DASHBOARD;
      case AUDIT_SUMMARY -> AuditCodecs.AUDIT_SUMMARY;
      case LABEL_DECISION -> AuditCodecs.LABEL_DECISION;
      case LABEL_RECORD -> AuditCodecs.LABEL_RECORD;
      case AUDITOR_POOL -> AuditCodecs.AUDITOR_POOL;
      case AUDIT_FILE -> AuditCodecs.AUDIT_FILE;
      case AUDIT_REPORT -> AuditCodecs.AUDIT_REPORT;
    };
  }

  private static DocumentCodec<?> newDocument(DocumentKind kind) {
    ObjectCodec<?, ?> root = root(kind);
    if (root.type() != kind.type()) {
      throw new IllegalStateException("The root codec of " + kind + " is " + root.name());
    }
    return new DocumentCodec<>(kind, root);
  }

  /** Every type the module reads and writes, by class: documents with their header. */
  private static final class AllTypes {
    static final Map<Class<?>, Codec<?>> BY_TYPE = byType();

    private static Map<Class<?>, Codec<?>> byType() {
      Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
      for (DocumentKind kind : DocumentKind.values()) {
        map.put(kind.type(), document(kind));
      }
      List<ObjectCodec<?, ?>> objects = List.of(PERSON, DossierCodecs.ESTABLISHMENT, DossierCodecs.NETWORK,
          DossierCodecs.ARTICULATION, DossierCodecs.TRANSVERSALITY, DossierCodecs.CRITERION_TEAM,
          DossierCodecs.MEASURE, DossierCodecs.INDICATOR, DossierCodecs.OBJECTIVE, DossierCodecs.IMPLEMENTATION,
          DossierCodecs.ACTION, DossierCodecs.ENGAGEMENT, DossierCodecs.CRITERION_SECTION, DossierCodecs.EVIDENCE,
          SOURCE_REF, ReferentialCodecs.EDITION, ReferentialCodecs.REQUIREMENT, ReferentialCodecs.REFORM_MEASURE,
          ReferentialCodecs.ACTOR, ReferentialCodecs.STRATEGIC_AXIS, ReferentialCodecs.OPERATIONAL_OBJECTIVE,
          ReferentialCodecs.EXAMPLE_ACTION, ReferentialCodecs.EXAMPLE_INDICATOR,
          ReferentialCodecs.EVALUATION_DOMAIN_LINK, ReferentialCodecs.CRITERION, ReferentialCodecs.QUALEDUC_SHEET,
          ReferentialCodecs.EVALUATION_SUB_DOMAIN, ReferentialCodecs.EVALUATION_DOMAIN,
          ReferentialCodecs.STRUCTURE_ELEMENT, ReferentialCodecs.PROCESS_PARAMETERS, ProfileCodecs.RULE_TAILORING,
          ProfileCodecs.ADDED_REQUIREMENT, ReportCodecs.FINDING_COUNTS, ReportCodecs.CRITERION_RESULT,
          ReportCodecs.FINDING, ReportCodecs.REQUIREMENT_COVERAGE, AuditCodecs.AUDIT_TEAM_MEMBER,
          AuditCodecs.INTERVIEWEE, AuditCodecs.DASHBOARD_ENTRY, AuditCodecs.REMARK, AuditCodecs.GAP,
          AuditCodecs.IMPROVEMENT_AXIS, AuditCodecs.HELD_AUDIT, AuditCodecs.AUDIT_PARTICIPATION,
          AuditCodecs.TRAINING_SESSION, AuditCodecs.AUDITOR);
      for (ObjectCodec<?, ?> codec : objects) {
        if (map.putIfAbsent(codec.type(), codec) != null) {
          throw new IllegalStateException("Two codecs for " + codec.name());
        }
      }
      map.put(Uai.class, UAI);
      map.put(SchoolYear.class, SCHOOL_YEAR);
      return Collections.unmodifiableMap(map);
    }
  }

  /**
   * Returns the codec of a document kind.
   *
   * @param kind the kind
   * @return its codec
   */
  public static DocumentCodec<?> document(DocumentKind kind) {
    DocumentCodec<?> codec = DOCUMENTS.get(kind);
    return codec != null ? codec : DOCUMENTS.computeIfAbsent(kind, ModelCodecs::newDocument);
  }

  /**
   * Returns the codec of a document type.
   *
   * @param type the model type, for example {@code Dossier.class}
   * @param <T> the type
   * @return the codec
   * @throws IllegalArgumentException if the type is not a document type
   */
  @SuppressWarnings("unchecked")
  public static <T> DocumentCodec<T> document(Class<T> type) {
    DocumentKind kind = DocumentKind.ofType(type).orElseThrow(() -> new IllegalArgumentException(
        type.getName() + " is not a document type of the JSON format; document types: "
            + documentTypeNames()));
    return (DocumentCodec<T>) document(kind);
  }

  private static String documentTypeNames() {
    StringBuilder sb = new StringBuilder();
    for (DocumentKind kind : DocumentKind.values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(kind.type().getSimpleName());
    }
    return sb.toString();
  }

  /**
   * Finds the codec of a type of the model: the exact type, or the model type an implementation
   * class extends (for writing). Defines the codecs of every kind of document.
   *
   * @param type the class
   * @param exact whether only the exact class matches (for reading)
   * @return the codec, or null when the type is not of the model
   */
  public static Codec<?> forType(Class<?> type, boolean exact) {
    Codec<?> codec = AllTypes.BY_TYPE.get(type);
    if (codec != null || exact) {
      return codec;
    }
    for (Map.Entry<Class<?>, Codec<?>> e : AllTypes.BY_TYPE.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The model types the codecs cover, documents first. */
  public static List<Class<?>> types() {
    return List.copyOf(AllTypes.BY_TYPE.keySet());
  }
}
