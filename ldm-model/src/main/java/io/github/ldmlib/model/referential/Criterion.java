package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A criterion (<i>critère</i>) of a cahier des charges, for example national criterion 4 "Un
 * partenariat actif avec le tissu économique local…", with everything the referential says about
 * it: its requirements (<i>attendus</i>), linked Qualéduc sheets, reform measures, links to the
 * establishment-evaluation domains, strategic axes, operational objectives, example actions and
 * example indicators.
 *
 * <p>All texts are official wording, kept verbatim. Lists keep the source order. Instances are
 * immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class Criterion {

  Criterion() {}

  /** The stable id, for example {@code C4} for a national criterion or {@code A1} for an academic one. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The number of the criterion in its referential, from 1. */
  @Min(1)
  public abstract int number();

  /** The title, verbatim. */
  @NotNull
  @Text
  public abstract String title();

  /** Whether the criterion is national, academic or optional. */
  @NotNull
  public abstract CriterionKind kind();

  /** The part of the referential the criterion belongs to, for example "Titre I : Diversité des parcours". */
  public abstract Optional<@Text(max = Text.TITLE) String> part();

  /** An introductory statement that precedes the requirements in the source, when there is one. */
  public abstract Optional<@Text(max = Text.NARRATIVE) String> statement();

  /** The requirements (<i>attendus</i>), in source order. */
  public abstract List<@NotNull @Valid Requirement> requirements();

  /** The ids of the linked Qualéduc sheets (see {@link Referential#qualeducSheets()}). */
  public abstract List<@NotNull @Identifier String> qualeducSheetIds();

  /**
   * The wordings under which the criterion's block cites some of its Qualéduc sheets, in the order
   * of {@link #qualeducSheetIds()}. A sheet's title is stored once, in {@link QualeducSheet#title()};
   * only a sheet the block prints otherwise (criterion 3 of the national guide cites sheet 2.7 as
   * « Organiser et exploiter les périodes de formation en milieu professionnel (PFMP) et les
   * stages ») has a wording here, without its number.
   */
  public abstract List<@NotNull @Valid CitedWording> qualeducSheetWordings();

  /** The reform measures (<i>mesures de la réforme</i>). */
  public abstract List<@NotNull @Valid ReformMeasure> reformMeasures();

  /** The actors (<i>acteurs</i>) the criterion names, where the source lists them. */
  public abstract List<@NotNull @Valid Actor> actors();

  /** The links with the establishment-evaluation domains. */
  public abstract List<@NotNull @Valid EvaluationDomainLink> evaluationDomainLinks();

  /** The strategic axes (<i>axes de travail stratégiques</i>). */
  public abstract List<@NotNull @Valid StrategicAxis> strategicAxes();

  /** The operational objectives (<i>objectifs opérationnels</i>). */
  public abstract List<@NotNull @Valid OperationalObjective> operationalObjectives();

  /** The example actions (<i>exemples d'actions</i>, or "remarques / actions possibles"). */
  public abstract List<@NotNull @Valid ExampleAction> exampleActions();

  /** The example indicators (<i>exemples d'indicateurs d'évaluation</i>). */
  public abstract List<@NotNull @Valid ExampleIndicator> exampleIndicators();

  /** Editorial notes on the data, for example how a clipped source passage was reconstructed. */
  public abstract List<@NotNull @Text String> notes();

  /** Where the criterion's wording comes from. */
  @NotNull
  @Valid
  public abstract SourceRef source();

  /**
   * Finds a requirement of this criterion by id.
   *
   * @param requirementId the id, for example {@code C4.R3}
   * @return the requirement, or empty
   */
  public Optional<Requirement> requirement(String requirementId) {
    return requirements().stream().filter(r -> r.id().equals(requirementId)).findFirst();
  }

  /**
   * Returns the criterion's own wording of a cited Qualéduc sheet.
   *
   * @param sheetId the id, for example {@code 2.7}
   * @return the wording, or empty when the sheet is cited under its catalogue title or not cited
   */
  public Optional<String> qualeducSheetWording(String sheetId) {
    return qualeducSheetWordings().stream().filter(w -> w.id().equals(sheetId)).map(CitedWording::wording)
        .findFirst();
  }

  /** True when every dossier must address this criterion. */
  public boolean isMandatory() {
    return kind().isMandatory();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Criterion} instances; a missing id, number, title, kind or source fails at {@code build()}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
