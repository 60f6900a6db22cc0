package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pool of trained auditors of an academy (<i>groupe des auditeurs</i>): the {@link Auditor}
 * records that audit team members cite by id.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditorPool {

  AuditorPool() {}

  /** The academy (<i>académie</i>) or academic region, for example "Aix-Marseille". */
  public abstract Optional<@Text(max = Text.NAME) String> academy();

  /** The auditors. */
  public abstract List<@NotNull @Valid Auditor> auditors();

  /**
   * Finds an auditor by id.
   *
   * @param auditorId the id, for example {@code AUD-014}
   * @return the first auditor with that id, or empty
   */
  public Optional<Auditor> auditor(String auditorId) {
    return auditors().stream().filter(a -> a.id().equals(auditorId)).findFirst();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AuditorPool} instances; every attribute is optional. */
  public static final class Builder extends ImmutableAuditorPool.Builder {
    Builder() {}
  }
}
