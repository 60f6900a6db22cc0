package io.github.ldmlib.rules;

import io.github.ldmlib.model.referential.SourceRef;
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
 * @param clause the words of the source the rule enforces, quoted verbatim (in French for the
 *     label's texts), when it enforces one
 * @param grade why the rule has its default severity, from what the source says (a duty, a
 *     recommendation, silence)
 * @param clauseSource where the clause is written (document, edition, section), when it is not the
 *     rule's own {@link Rule#source() source}
 */
public record RuleDoc(String checks, String reads, Optional<String> citing, Optional<String> clause,
    Optional<String> grade, Optional<SourceRef> clauseSource) {

  /**
   * Creates the documentation.
   *
   * @throws NullPointerException if an argument is null
   */
  public RuleDoc {
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(reads, "reads");
    Objects.requireNonNull(citing, "citing");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(clauseSource, "clauseSource");
  }

  /**
   * Creates the documentation without a quoted clause or a grade reason.
   *
   * @param checks what the rule checks
   * @param reads what it reads of the referential
   * @param citing what its findings cite, if the rule has no source of its own
   */
  public RuleDoc(String checks, String reads, Optional<String> citing) {
    this(checks, reads, citing, Optional.empty(), Optional.empty(), Optional.empty());
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
    return new RuleDoc(checks, reads, citing, clause, grade, clauseSource);
  }

  /**
   * Returns the same documentation with the clause the rule enforces.
   *
   * @param verbatim the source's words
   * @return the new documentation
   */
  public RuleDoc clause(String verbatim) {
    return new RuleDoc(checks, reads, citing, Optional.of(verbatim), grade, clauseSource);
  }

  /**
   * Returns the same documentation with the clause the rule enforces and where it is written, for
   * a rule whose findings cite another source (the referential's, a requirement's).
   *
   * @param where the document, edition and section of the clause
   * @param verbatim the source's words
   * @return the new documentation
   */
  public RuleDoc clause(SourceRef where, String verbatim) {
    return new RuleDoc(checks, reads, citing, Optional.of(verbatim), grade, Optional.of(where));
  }

  /**
   * Returns the same documentation with the reason of the rule's grade.
   *
   * @param reason why the default severity is what it is
   * @return the new documentation
   */
  public RuleDoc grade(String reason) {
    return new RuleDoc(checks, reads, citing, clause, Optional.of(reason), clauseSource);
  }

  /**
   * Returns the same documentation with what the findings cite.
   *
   * @param citing what they cite
   * @return the new documentation
   */
  public RuleDoc citing(String citing) {
    return new RuleDoc(checks, reads, Optional.of(citing), clause, grade, clauseSource);
  }
}
