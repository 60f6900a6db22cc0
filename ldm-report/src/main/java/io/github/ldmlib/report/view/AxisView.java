package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * An improvement axis (<i>axe de progrès</i>) of an audit summary report.
 *
 * @param id the axis's id, for example {@code AX-01}
 * @param text what is to be improved
 * @param owner who is responsible, for example « Julien Hamon (Proviseur adjoint) », or « — »
 * @param deadline the deadline, for example {@code 2027-06-30}, or « — »
 * @param gapIds the ids of the gaps the axis addresses
 * @param gaps the same ids joined by commas, or « — » when there is none
 */
public record AxisView(String id, String text, String owner, String deadline, List<String> gapIds, String gaps) {

  /** Checks that no component is null and copies the list. */
  public AxisView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(deadline, "deadline");
    gapIds = List.copyOf(gapIds);
    Objects.requireNonNull(gaps, "gaps");
  }
}
