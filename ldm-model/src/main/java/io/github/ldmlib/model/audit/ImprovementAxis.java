package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An improvement axis (<i>axe de progrès</i>) the establishment chooses for a criterion at the end
 * of the audit, contracted by the joint signature of the rector and the head of the establishment:
 * what will be done, who answers for it, by when, and which gaps of the summary it addresses.
 *
 * <p>The Aix-Marseille 2012 procedure asks for one or two axes on at least five criteria; the
 * first follow-up audit checks that they are taken into account. The model accepts an axis still
 * being drafted: the rules report one without an owner or a deadline. Instances are immutable and
 * thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class ImprovementAxis {

  ImprovementAxis() {}

  /** The id, unique within the summary, for example {@code AX-01}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The id of the criterion, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The axis, for example "Formaliser les conventions avec les entreprises partenaires". */
  @NotNull
  @Text
  public abstract String text();

  /** The person who answers for the axis (<i>responsable</i>), with their function. */
  public abstract Optional<@Valid Person> owner();

  /** The date by which the axis is to be achieved (<i>échéance</i>). */
  public abstract Optional<LocalDate> deadline();

  /** The ids of the gaps of the summary that the axis addresses. */
  public abstract List<@NotNull @Identifier String> gapIds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImprovementAxis} instances; a missing id, criterion id or text fails at {@code build()}. */
  public static final class Builder extends ImmutableImprovementAxis.Builder {
    Builder() {}
  }
}
