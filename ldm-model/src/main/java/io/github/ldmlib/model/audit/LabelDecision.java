package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.dossier.DossierKind;
import io.github.ldmlib.model.internal.LdmStyle;
import io.github.ldmlib.model.referential.ProcessParameters;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rector's decision on the label (<i>décision de labellisation</i>): granted or refused, on a
 * date, for a first labelling or a renewal, with the label title (<i>intitulé</i>). The rector
 * decides on the proposal of the academic group after the audit.
 *
 * <p>A granted label is valid for the number of years the referential states ({@link
 * ProcessParameters#labelValidityYears()}, five in the Aix-Marseille 2012 procedure): see {@link
 * #expiryDate(ProcessParameters)}. A renewal may change the label title. Instances are immutable
 * and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class LabelDecision {

  LabelDecision() {}

  /** The UAI code of the establishment (the lead establishment of a network). */
  @NotNull
  public abstract Uai uai();

  /** The name of the establishment. */
  public abstract Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The id of the referential the establishment was audited against, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String referentialId();

  /** The edition of that referential, for example {@code 2026-01}, when the decision names one. */
  public abstract Optional<@Identifier String> referentialEdition();

  /** Whether the label is granted or refused. */
  @NotNull
  public abstract DecisionOutcome outcome();

  /** The date of the decision, from which the label's validity and follow-up audits are counted. */
  @NotNull
  public abstract LocalDate date();

  /** Whether the decision is on a first labelling or on a renewal. */
  @NotNull
  public abstract DossierKind dossierKind();

  /** The label title (<i>intitulé du label</i>) granted, for example "Lycée des métiers de la mer". */
  public abstract Optional<@Text(max = Text.TITLE) String> labelTitle();

  /** A comment, for example the grounds of a refusal. */
  public abstract Optional<@Text String> comment();

  /** True when the label is granted. */
  public boolean isGranted() {
    return outcome() == DecisionOutcome.GRANTED;
  }

  /**
   * Returns the date on which the label granted by this decision expires: the decision date plus
   * the referential's {@link ProcessParameters#labelValidityYears() validity years}, as {@link
   * LocalDate#plusYears(long)} computes it (a label granted on 29 February expires on 28 February
   * of a non-leap year). The label is valid from the decision date included to that date excluded,
   * unless a later decision renews it.
   *
   * @param parameters the referential's procedure parameters, not null
   * @return the expiry date; empty for a refusal, which grants nothing
   * @throws IllegalStateException if the label is granted and the parameters state no validity
   */
  public Optional<LocalDate> expiryDate(ProcessParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (!isGranted()) {
      return Optional.empty();
    }
    int years = parameters.labelValidityYears().orElseThrow(() -> new IllegalStateException(
        "The procedure parameters state no labelValidityYears: the expiry of the label granted on "
            + date() + " is unknown"));
    return Optional.of(date().plusYears(years));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LabelDecision} instances; a missing UAI, referential id, outcome, date or dossier kind
   * fails at {@code build()}.
   */
  public static final class Builder extends ImmutableLabelDecision.Builder {
    Builder() {}
  }
}
