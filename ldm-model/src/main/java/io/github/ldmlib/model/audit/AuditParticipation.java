package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit an {@link Auditor} took part in (<i>participation à un audit</i>): its date, the
 * auditor's role and the audited establishment. Rules count participations to decide whether an
 * auditor may lead an audit and is still active.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditParticipation {

  AuditParticipation() {}

  /** The date of the audit. */
  @NotNull
  public abstract LocalDate date();

  /** The auditor's role in that audit. */
  @NotNull
  public abstract AuditRole role();

  /** The UAI code of the audited establishment. */
  @NotNull
  public abstract Uai uai();

  /** The name of the audited establishment. */
  public abstract Optional<@Text(max = Text.TITLE) String> establishmentName();

  /** The stage of the audit, when recorded. */
  public abstract Optional<Stage> stage();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditParticipation} instances; a missing date, role or UAI fails at {@code build()}. */
  public static final class Builder extends ImmutableAuditParticipation.Builder {
    Builder() {}
  }
}
