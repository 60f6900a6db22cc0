package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;

/**
 * What an audit summary report says about one criterion.
 *
 * @param criterionId the criterion's id, for example {@code C7}
 * @param anchor the id of the criterion's part of the HTML page, for example {@code criterion-C7}
 * @param heading « C7 — » and the criterion's title, or the id alone when the referential lacks it
 * @param status red when a gap is not lifted, amber for weaknesses or lifted gaps, green otherwise
 * @param strengths the strengths (<i>points forts</i>) noted on the criterion
 * @param weaknesses the weaknesses (<i>points faibles</i>) noted on the criterion
 * @param gaps the gaps on the criterion
 * @param requirements the requirements the gaps concern, each once, as the referential words them
 * @param axes the improvement axes of the criterion
 */
public record SummaryCriterionView(String criterionId, String anchor, String heading, Status status,
    List<String> strengths, List<String> weaknesses, List<GapView> gaps, List<RequirementView> requirements,
    List<AxisView> axes) {

  /** Checks that no component is null and copies the lists. */
  public SummaryCriterionView {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(status, "status");
    strengths = List.copyOf(strengths);
    weaknesses = List.copyOf(weaknesses);
    gaps = List.copyOf(gaps);
    requirements = List.copyOf(requirements);
    axes = List.copyOf(axes);
  }
}
