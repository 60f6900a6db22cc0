package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A referential (<i>cahier des charges</i>) of the « Lycée des métiers » label in one edition: its
 * criteria, the catalogues they refer to (Qualéduc sheets, evaluation domains), the structure a
 * dossier must follow and the procedure parameters.
 *
 * <p>A referential is identified by {@link #id()} and {@link #edition()}: the national cahier des
 * charges of 2023 exists in the editions of January 2024 and January 2026 of the auditors' guide,
 * with the same criterion and item ids. Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class Referential {

  Referential() {}

  /** The stable id, for example {@code ldm-national-2023}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The title, for example "Cahier des charges national du label lycée des métiers (2023)". */
  @NotNull
  @Text(max = Text.TITLE)
  public abstract String title();

  /** The edition. */
  @NotNull
  @Valid
  public abstract Edition edition();

  /** The legal texts the referential rests on (décret, circulaire, note…), verbatim. */
  public abstract List<@NotNull @Text(max = Text.PARAGRAPH) String> legalReferences();

  /** The date from which the referential applies, when stated. */
  public abstract Optional<LocalDate> effectiveDate();

  /** The criteria, in source order. */
  public abstract List<@NotNull @Valid Criterion> criteria();

  /** The Qualéduc sheets criteria link to. */
  public abstract List<@NotNull @Valid QualeducSheet> qualeducSheets();

  /** The evaluation domains criteria link to. */
  public abstract List<@NotNull @Valid EvaluationDomain> evaluationDomains();

  /** What a dossier must contain (section E of the guide); empty when the source does not say. */
  public abstract List<@NotNull @Valid StructureElement> dossierStructure();

  /** The procedure parameters. */
  @NotNull
  @Valid
  @Value.Default
  public ProcessParameters parameters() {
    return ProcessParameters.none();
  }

  /** Editorial notes on the data (transcription choices, reconstructions). */
  public abstract List<@NotNull @Text String> notes();

  /** The main source document of the referential. */
  @NotNull
  @Valid
  public abstract SourceRef source();

  /**
   * Finds a criterion by id.
   *
   * @param criterionId the id, for example {@code C4}
   * @return the criterion, or empty
   */
  public Optional<Criterion> criterion(String criterionId) {
    for (Criterion c : criteria()) {
      if (c.id().equals(criterionId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a requirement of any criterion by id.
   *
   * @param requirementId the id, for example {@code C4.R3}
   * @return the requirement, or empty
   */
  public Optional<Requirement> requirement(String requirementId) {
    for (Criterion c : criteria()) {
      for (Requirement r : c.requirements()) {
        if (r.id().equals(requirementId)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a Qualéduc sheet by id.
   *
   * @param sheetId the id, for example {@code 3.5}
   * @return the sheet, or empty
   */
  public Optional<QualeducSheet> qualeducSheet(String sheetId) {
    return qualeducSheets().stream().filter(s -> s.id().equals(sheetId)).findFirst();
  }

  /**
   * Tells whether an id names an evaluation domain or one of its sub-domains.
   *
   * @param domainOrSubDomainId for example {@code D1} or {@code D1.2}
   * @return true if it exists in {@link #evaluationDomains()}
   */
  public boolean hasEvaluationDomain(String domainOrSubDomainId) {
    Objects.requireNonNull(domainOrSubDomainId, "domainOrSubDomainId");
    for (EvaluationDomain d : evaluationDomains()) {
      if (d.id().equals(domainOrSubDomainId)) {
        return true;
      }
      for (EvaluationSubDomain sub : d.subDomains()) {
        if (sub.id().equals(domainOrSubDomainId)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The mandatory criteria (national and academic), in order. */
  public List<Criterion> mandatoryCriteria() {
    return criteria().stream().filter(Criterion::isMandatory).toList();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Referential} instances; a missing id, title, edition or source fails at {@code build()}. */
  public static final class Builder extends ImmutableReferential.Builder {
    Builder() {}
  }
}
