package io.github.ldmlib.rules;

import io.github.ldmlib.rules.internal.BuiltInAuditRule;
import io.github.ldmlib.rules.internal.BuiltInRule;
import io.github.ldmlib.rules.internal.Catalogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of the library's own rules (<i>règles intégrées</i>), derived from the source
 * documents: the guide's section E on the dossier, the cahier des charges, the audit procedure and
 * the procedure parameters of each referential. {@code docs/rules.md} lists them with what each
 * checks and cites.
 *
 * <p>Ids are stable: {@code LDM-E-…} for the engine, {@code LDM-V-…} for the dossier's
 * well-formedness, {@code LDM-D-…} for the dossier rules ({@link #all()}), {@code LDM-A-…} for the
 * audit rules ({@link #auditRules()}). A few rules keep the check trustworthy or protect the
 * national core and cannot be tailored: see {@link #isProtected(String)}. The rules are immutable
 * and thread-safe.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /** The id of the finding that records a rule that could not be applied. */
  public static final String RULE_FAILED = "LDM-E-001";

  /**
   * Returns every built-in dossier rule.
   *
   * @return the rules, sorted by id
   */
  public static List<Rule> all() {
    return List.copyOf(Catalogue.RULES);
  }

  /**
   * Finds a built-in dossier rule by id.
   *
   * @param id the id, for example {@code LDM-D-030}
   * @return the rule, or empty
   */
  public static Optional<Rule> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Catalogue.RULES.stream().filter(r -> r.id().equals(id)).<Rule>map(r -> r).findFirst();
  }

  /**
   * Returns every built-in audit rule.
   *
   * @return the rules, sorted by id
   */
  public static List<AuditRule> auditRules() {
    return List.copyOf(Catalogue.AUDIT_RULES);
  }

  /**
   * Finds a built-in audit rule by id.
   *
   * @param id the id, for example {@code LDM-A-010}
   * @return the rule, or empty
   */
  public static Optional<AuditRule> auditRule(String id) {
    Objects.requireNonNull(id, "id");
    return Catalogue.AUDIT_RULES.stream().filter(r -> r.id().equals(id)).<AuditRule>map(r -> r).findFirst();
  }

  /**
   * Tells whether a rule is protected: no tailoring may switch it off or change its severity,
   * because it keeps the check trustworthy (a failing rule, a malformed dossier or audit file, a
   * document of another referential) or protects the national core (every mandatory criterion has a
   * section; the dossier answers the referential).
   *
   * @param id the rule id
   * @return true for a protected built-in rule, dossier or audit
   */
  public static boolean isProtected(String id) {
    Objects.requireNonNull(id, "id");
    return Stream.concat(Catalogue.RULES.stream(), Catalogue.AUDIT_RULES.stream())
        .anyMatch(r -> r.id().equals(id) && r.isProtected());
  }

  static List<BuiltInRule> catalogue() {
    return Catalogue.RULES;
  }

  static List<BuiltInAuditRule> auditCatalogue() {
    return Catalogue.AUDIT_RULES;
  }
}
