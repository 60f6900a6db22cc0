package io.github.ldmlib.model.conformity;

import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.constraints.Min;
import java.util.Collection;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How many findings of each {@link Severity} a conformity report, or one of its criteria, holds
 * (<i>décompte des constats</i>).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
@LdmStyle
public abstract class FindingCounts {

  FindingCounts() {}

  /** Number of major gaps (<i>écarts majeurs</i>). */
  @Min(0)
  public abstract int majorGaps();

  /** Number of minor gaps (<i>écarts mineurs</i>). */
  @Min(0)
  public abstract int minorGaps();

  /** Number of observations. */
  @Min(0)
  public abstract int observations();

  /** Number of findings that make a dossier not submittable as it is (<i>non recevable en l'état</i>). */
  @Min(0)
  public abstract int notSubmittable();

  /** Number of findings a dossier should complete (<i>à compléter</i>). */
  @Min(0)
  public abstract int toComplete();

  /** Number of pieces of advice on a dossier (<i>conseils</i>). */
  @Min(0)
  public abstract int advice();

  /** Number of notes (<i>informations</i>). */
  @Min(0)
  public abstract int infos();

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return switch (Objects.requireNonNull(severity, "severity")) {
      case MAJOR_GAP -> majorGaps();
      case MINOR_GAP -> minorGaps();
      case OBSERVATION -> observations();
      case NOT_SUBMITTABLE -> notSubmittable();
      case TO_COMPLETE -> toComplete();
      case ADVICE -> advice();
      case INFO -> infos();
    };
  }

  /**
   * Returns the number of findings of one gravity, whatever their scale.
   *
   * @param gravity the gravity, not null
   * @return the count
   */
  public int count(Gravity gravity) {
    Objects.requireNonNull(gravity, "gravity");
    int n = 0;
    for (Severity severity : Severity.values()) {
      if (severity.gravity() == gravity) {
        n += count(severity);
      }
    }
    return n;
  }

  /**
   * Counts findings by severity.
   *
   * @param findings the findings, not null, without null elements
   * @return the counts
   */
  public static FindingCounts of(Collection<Finding> findings) {
    int[] counts = new int[Severity.values().length];
    for (Finding finding : findings) {
      counts[finding.severity().ordinal()]++;
    }
    return builder()
        .majorGaps(counts[Severity.MAJOR_GAP.ordinal()])
        .minorGaps(counts[Severity.MINOR_GAP.ordinal()])
        .observations(counts[Severity.OBSERVATION.ordinal()])
        .notSubmittable(counts[Severity.NOT_SUBMITTABLE.ordinal()])
        .toComplete(counts[Severity.TO_COMPLETE.ordinal()])
        .advice(counts[Severity.ADVICE.ordinal()])
        .infos(counts[Severity.INFO.ordinal()])
        .build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FindingCounts} instances; every count is required. */
  public static final class Builder extends ImmutableFindingCounts.Builder {
    Builder() {}
  }
}
