package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of a trained auditor of the label (<i>auditeur « Lycée des métiers »</i>): who they
 * are, the date of their training certificate (<i>attestation de formation</i>), the audits they
 * took part in and the continuing training they followed.
 *
 * <p>The Aix-Marseille 2012 procedure (annex 2) asks an auditor to take part in at least one audit
 * a year and half a day of continuing training a year, lets them lead an audit after two audits,
 * and withdraws the quality of auditor after two years without an audit. Those figures are
 * parameters of the referential, checked by the rules of {@code ldm-rules}; this record only holds
 * the facts. Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class Auditor {

  Auditor() {}

  /** The stable id that audit team members cite, for example {@code AUD-014}. */
  @NotNull
  @Identifier
  public abstract String id();

  /** The person, with their function. */
  @NotNull
  @Valid
  public abstract Person person();

  /** Where the auditor comes from. */
  @NotNull
  public abstract AuditorCategory category();

  /** The date of the certificate delivered at the end of the initial training. */
  public abstract Optional<LocalDate> trainingCertificateDate();

  /** The audits the auditor took part in. */
  public abstract List<@NotNull @Valid AuditParticipation> participations();

  /** The continuing training sessions the auditor followed. */
  public abstract List<@NotNull @Valid TrainingSession> continuingTraining();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Auditor} instances; a missing id, person or category fails at {@code build()}. */
  public static final class Builder extends ImmutableAuditor.Builder {
    Builder() {}
  }
}
