package io.github.ldmlib.model.audit;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of the audit dashboard (<i>ligne du tableau de bord</i>): the auditors' assessment of a
 * criterion, or of one requirement (<i>attendu</i>) of it, with the evidence they saw and their
 * comment.
 *
 * <p>An entry may be {@link #prefilled() pre-filled} from the document review of the dossier
 * before the audit day. At a follow-up audit, an entry names the gaps of the previous summary and
 * the improvement axes it re-assesses, which closes the loop from gap to improvement axis to
 * verification. Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
@LdmStyle
public abstract class DashboardEntry {

  DashboardEntry() {}

  /** The id of the criterion, for example {@code C4}. */
  @NotNull
  @Identifier
  public abstract String criterionId();

  /** The id of the requirement, for example {@code C4.R3}; absent for the criterion as a whole. */
  public abstract Optional<@Identifier String> requirementId();

  /** The assessment. */
  @NotNull
  public abstract Assessment assessment();

  /** The ids of the evidence items of the dossier's annex the auditors saw, for example {@code P-07}. */
  public abstract List<@NotNull @Identifier String> evidenceSeen();

  /** The auditors' comment. */
  public abstract Optional<@Text String> comment();

  /**
   * True when the entry was pre-filled from the document review (<i>revue documentaire</i>) of the
   * dossier before the audit day; false (the default) when it was filled during the audit.
   */
  @Value.Default
  public boolean prefilled() {
    return false;
  }

  /** The ids of the gaps of the previous audit summary that this entry re-assesses. */
  public abstract List<@NotNull @Identifier String> reassessedGapIds();

  /** The ids of the improvement axes of the previous audit summary that this entry re-assesses. */
  public abstract List<@NotNull @Identifier String> reassessedAxisIds();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DashboardEntry} instances; a missing criterion id or assessment fails at {@code build()}. */
  public static final class Builder extends ImmutableDashboardEntry.Builder {
    Builder() {}
  }
}
