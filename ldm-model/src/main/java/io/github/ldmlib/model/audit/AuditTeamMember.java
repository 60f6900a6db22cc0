package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of an audit team (<i>membre de l'équipe d'audit</i>): the person, their role (lead
 * auditor or auditor), where they come from, and, when they belong to the academy's pool of
 * trained auditors, the id of their {@link Auditor} record.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditTeamMember {

  AuditTeamMember() {}

  /** The person, with their function, for example "IEN économie-gestion". */
  @NotNull
  @Valid
  public abstract Person person();

  /** The role in the team. */
  @NotNull
  public abstract AuditRole role();

  /** Where the member comes from: the rectorate or outside it. */
  @NotNull
  public abstract AuditorCategory category();

  /** The id of the member's {@link Auditor} record, for example {@code AUD-014}. */
  public abstract Optional<@Identifier String> auditorId();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditTeamMember} instances; a missing person, role or category fails at {@code build()}. */
  public static final class Builder extends ImmutableAuditTeamMember.Builder {
    Builder() {}
  }
}
