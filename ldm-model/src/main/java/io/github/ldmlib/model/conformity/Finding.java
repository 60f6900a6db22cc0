package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.referential.SourceRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of a conformity check (<i>constat</i>): which rule found what, how serious it is,
 * which criterion and requirement it concerns, where it is in the checked document and which
 * source text the rule enforces.
 *
 * <p>{@link #pointer()} is the JSON Pointer of the place in the checked document's JSON form, the
 * same one {@link io.github.ldmlib.model.validation.Violation#pointer()} gives, for example {@code
 * /sections/3/actions/0/addedValue} in a dossier; a user interface can highlight the field. The
 * pointer may name a field that is absent (an omitted key): that is where the missing element
 * belongs. The root pointer is the document as a whole.
 *
 * <p>{@link #message()} is ready to show, in the language of the report; {@link #messageKey()} and
 * {@link #arguments()} let a caller render it again in another language. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class Finding {

  Finding() {}

  /** The id of the rule that made the finding, for example {@code LDM-D-030}. */
  @NotNull
  @Identifier
  public abstract String ruleId();

  /** How serious the finding is, after any tailoring of the rule. */
  @NotNull
  public abstract Severity severity();

  /** The criterion the finding concerns, if any, for example {@code C4}. */
  public abstract Optional<@Identifier String> criterionId();

  /** The requirement (<i>attendu</i>) the finding concerns, if any, for example {@code C4.R3}. */
  public abstract Optional<@Identifier String> requirementId();

  /** Where in the checked document; the root pointer for the document as a whole. */
  @NotNull
  public abstract JsonPointer pointer();

  /** The message, in the language of the report. */
  @NotNull
  @Text(max = Text.PARAGRAPH)
  public abstract String message();

  /** The key of the message in the rule's resource bundle, for example {@code LDM-D-030.missing}. */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String messageKey();

  /** The arguments of the message, in the order of its placeholders. */
  public abstract List<@NotNull String> arguments();

  /** The source text the rule enforces, when it cites one. */
  public abstract Optional<@Valid SourceRef> source();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
