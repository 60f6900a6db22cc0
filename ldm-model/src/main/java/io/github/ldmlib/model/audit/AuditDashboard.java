package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The audit dashboard (<i>tableau de bord</i>, document LDM 04): the auditors' assessment of each
 * criterion and requirement, filled during the audit day and possibly pre-filled beforehand from
 * the document review of the dossier.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class AuditDashboard implements AuditDocument {

  AuditDashboard() {}

  /** The entries, one per criterion or requirement assessed. */
  public abstract List<@NotNull @Valid DashboardEntry> entries();

  /**
   * Returns the entries of a criterion, whether on the criterion as a whole or on its requirements.
   *
   * @param criterionId the criterion id, for example {@code C4}
   * @return the entries, in order; empty when there is none
   */
  public List<DashboardEntry> entriesFor(String criterionId) {
    return entries().stream().filter(e -> e.criterionId().equals(criterionId)).toList();
  }

  /**
   * Returns the entries that re-assess a gap of the previous audit summary.
   *
   * @param gapId the id of the gap
   * @return the entries, in order; empty when no entry re-assesses it
   */
  public List<DashboardEntry> entriesReassessingGap(String gapId) {
    return entries().stream().filter(e -> e.reassessedGapIds().contains(gapId)).toList();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AuditDashboard} instances; a missing UAI, referential id, stage or audit date
   * fails at {@code build()}.
   */
  public static final class Builder extends ImmutableAuditDashboard.Builder {
    Builder() {}
  }
}
