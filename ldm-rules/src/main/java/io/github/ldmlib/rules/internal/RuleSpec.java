package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Rule;
import java.util.Optional;
import java.util.Set;

/**
 * What a checker knows of a rule once built: its metadata read once (so that a rule cannot change
 * it between checks) and its effective severity after tailoring.
 *
 * @param rule the rule
 * @param id its id
 * @param severity its effective severity
 * @param criterionId its criterion, if any
 * @param source its source, if any
 * @param messages its messages
 * @param referentialSources the source documents of the referentials it applies to; empty for every one
 * @param stages the stages it applies at; empty for every one
 * @param builtIn whether it is one of the library's own rules, run on the check's thread; any other
 *     runs on a thread of its own, within the checker's deadline
 * @param <D> the model type of the documents it checks
 */
public record RuleSpec<D>(Rule<D> rule, String id, Severity severity, Optional<String> criterionId,
    Optional<SourceRef> source, MessageSource messages, Set<String> referentialSources, Set<Stage> stages,
    boolean builtIn) {

  /**
   * Returns the same rule with another severity.
   *
   * @param other the severity
   * @return the new spec
   */
  public RuleSpec<D> withSeverity(Severity other) {
    return new RuleSpec<>(rule, id, other, criterionId, source, messages, referentialSources, stages, builtIn);
  }

  /** Tells whether the rule applies to a referential (see {@link Rule#referentialSources()}). */
  public boolean appliesTo(Referential referential) {
    return referentialSources.isEmpty() || referentialSources.contains(referential.source().document());
  }

  /** Tells whether the rule runs at a stage (see {@link Rule#stages()}). */
  public boolean appliesAt(Optional<Stage> stage) {
    return stages.isEmpty() || stage.filter(stages::contains).isPresent();
  }
}
