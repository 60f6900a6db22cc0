package io.github.ldmlib.rules;

import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.internal.Catalogue;
import io.github.ldmlib.rules.internal.Engine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of the library's own rules (<i>règles intégrées</i>), derived from the source
 * documents: the guide's section E on the dossier, the cahier des charges, the audit procedure and
 * the procedure parameters of each referential. {@code docs/rules.md} lists them with what each
 * checks and cites. They are declared with the same public {@link Rule#declare API} as custom
 * rules.
 *
 * <p>Ids are stable: {@code LDM-E-…} for the engine, {@code LDM-V-…} for a dossier's
 * well-formedness, {@code LDM-D-…} for the dossier rules, {@code LDM-A-…} for the audit rules. A
 * few rules keep the check trustworthy or protect the national core and cannot be tailored: see
 * {@link #isProtected(String)}. The rules are immutable and thread-safe.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** The id of the finding that records a rule that could not be applied. */
  public static final String RULE_FAILED = Engine.RULE_FAILED;

  /**
   * The id of the note that a built-in rule reported more findings than a report lists (the first
   * 10,000 are listed).
   */
  public static final String FINDINGS_NOT_LISTED = Engine.FINDINGS_NOT_LISTED;

  /**
   * Returns every built-in rule, of every kind of document.
   *
   * @return the rules, sorted by id
   */
  public static List<Rule<?>> all() {
    return Catalogue.all();
  }

  /**
   * Returns the built-in rules of one kind of document.
   *
   * @param kind the kind, for example {@link DocumentKind#DOSSIER}
   * @param <D> its model type
   * @return the rules, sorted by id; empty for a kind the checker does not check
   */
  public static <D> List<Rule<D>> of(DocumentKind<D> kind) {
    return Catalogue.of(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Finds a built-in rule by id.
   *
   * @param id the id, for example {@code LDM-D-030}
   * @return the rule, or empty
   */
  public static Optional<Rule<?>> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Catalogue.all().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Finds a built-in rule of one kind of document by id.
   *
   * @param kind the kind, for example {@link DocumentKind#DOSSIER}
   * @param id the id, for example {@code LDM-D-030}
   * @param <D> the model type of the documents
   * @return the rule, or empty if no built-in rule of that kind has the id
   */
  public static <D> Optional<Rule<D>> byId(DocumentKind<D> kind, String id) {
    Objects.requireNonNull(id, "id");
    return of(kind).stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Tells whether a rule is protected: no tailoring may switch it off or change its severity,
   * because it keeps the check trustworthy (a failing rule, a malformed document, a document of
   * another referential) or protects the national core (every mandatory criterion has a section;
   * the dossier answers the referential).
   *
   * @param id the rule id
   * @return true for a protected built-in rule
   */
  public static boolean isProtected(String id) {
    return Catalogue.isProtected(Objects.requireNonNull(id, "id"));
  }
}
