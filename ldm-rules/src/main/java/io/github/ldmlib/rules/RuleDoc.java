package io.github.ldmlib.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule checks, written for people: the text {@code docs/rules.md} shows for each of the
 * library's own rules, and what an academy may write for its own.
 *
 * @param checks what the rule checks, in English
 * @param reads what data of the referential it reads (for example {@code dossierStructure}), or
 *     {@code —} when none
 * @param citing what its findings cite when the rule has no source of its own, for example "the
 *     model's constraints"
 */
public record RuleDoc(String checks, String reads, Optional<String> citing) {

  /**
   * Creates the documentation.
   *
   * @throws NullPointerException if an argument is null
   */
  public RuleDoc {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(reads, "reads");
    Objects.requireNonNull(citing, "citing");
  }

  /**
   * Documents a rule that reads no data of the referential and cites its own source.
   *
   * @param checks what the rule checks
   * @return the documentation
   */
  public static RuleDoc of(String checks) {
    return new RuleDoc(checks, "—", Optional.empty());
  }

  /**
   * Returns the same documentation with what the rule reads of the referential.
   *
   * @param reads what it reads
   * @return the new documentation
   */
  public RuleDoc reads(String reads) {
    return new RuleDoc(checks, reads, citing);
  }

  /**
   * Returns the same documentation with what the findings cite.
   *
   * @param citing what they cite
   * @return the new documentation
   */
  public RuleDoc citing(String citing) {
    return new RuleDoc(checks, reads, Optional.of(citing));
  }
}
