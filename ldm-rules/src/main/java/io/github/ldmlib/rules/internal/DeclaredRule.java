package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleDoc;
import java.util.Optional;
import java.util.Set;

/**
 * A rule made by {@link Rule#declare}: its metadata and its check, immutable.
 *
 * @param kind the kind of document
 * @param id the id
 * @param defaultSeverity the default severity
 * @param criterionId the criterion, if any
 * @param source the source, if any
 * @param messages the title and messages
 * @param doc the documentation, if any
 * @param referentialSources the source documents of the referentials it applies to; empty for every one
 * @param stages the stages it applies at; empty for every one
 * @param body the check
 * @param <D> the model type of the documents
 */
public record DeclaredRule<D>(DocumentKind<D> kind, String id, Severity defaultSeverity, Optional<String> criterionId,
    Optional<SourceRef> source, MessageSource messages, Optional<RuleDoc> doc, Set<String> referentialSources, Set<Stage> stages, Rule.Check<D> body)
    implements Rule<D> {

  @Override
  public void check(CheckContext<D> context, FindingSink findings) {
    body.check(context, findings);
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
