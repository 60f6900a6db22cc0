package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * What the next follow-up audit will look at (<i>ce que regardera le prochain audit de suivi</i>):
 * its date, the improvement axes and gaps of the last audit and whether the annual reviews since
 * report on them, and the indicators behind or without a recent measure.
 *
 * @param facts when the next audit is due (or why that is unknown), and which audit was the last
 * @param watch the points to look at first, in words: the axes that no review since the last audit
 *     reports on, the gaps still open that none of their axes' reports covers, and the indicators
 *     behind or without a recent measure; an axis a review reports on is not among them
 * @param axes every improvement axis of the last audit, in its order
 * @param gaps every gap of the last audit, in its order
 */
public record NextAuditView(List<Fact> facts, List<String> watch, List<Axis> axes, List<Gap> gaps) {

  /** Checks that no component is null and copies the lists. */
  public NextAuditView {
    facts = List.copyOf(facts);
    watch = List.copyOf(watch);
    axes = List.copyOf(axes);
    gaps = List.copyOf(gaps);
  }

  /**
   * An improvement axis of the last audit.
   *
   * @param id its id, for example {@code AX-02}
   * @param criterionId its criterion, for example {@code C6}
   * @param text the axis
   * @param gaps the gaps it addresses, joined by commas, or « — »
   * @param addressed true when a review since the audit reports on it
   * @param status « Traité dans le bilan 2026-2027 » (green) or « Aucun bilan n'en rend compte » (red)
   * @param done what the latest review that reports on it says was done, or « — »
   */
  public record Axis(String id, String criterionId, String text, String gaps, boolean addressed, Status status,
      String done) {

    /** Checks that no component is null. */
    public Axis {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(criterionId, "criterionId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(gaps, "gaps");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(done, "done");
    }
  }

  /**
   * A gap of the last audit.
   *
   * @param id its id, for example {@code E-02}
   * @param criterionId its criterion
   * @param severity the name of its severity, {@code MAJOR_GAP} or {@code MINOR_GAP}
   * @param severityWord its severity in words
   * @param text what the audit team found
   * @param lifted the date it was lifted, or « non levé »
   * @param status « Levé » (green), « Non levé ; axe traité » (amber) or « Non levé ; aucun bilan
   *     n'en rend compte » (red)
   */
  public record Gap(String id, String criterionId, String severity, String severityWord, String text, String lifted,
      Status status) {

    /** Checks that no component is null. */
    public Gap {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(criterionId, "criterionId");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(severityWord, "severityWord");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(lifted, "lifted");
      Objects.requireNonNull(status, "status");
    }
  }
}
