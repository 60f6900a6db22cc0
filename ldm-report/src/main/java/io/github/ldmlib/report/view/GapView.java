package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * A gap (<i>écart</i>) recorded in an audit summary report.
 *
 * @param id the gap's id, for example {@code E-01}
 * @param severity the name of its {@link io.github.ldmlib.model.conformity.Severity}, for example {@code MAJOR_GAP}
 * @param severityWord the severity in words, for example « Écart majeur »
 * @param text what the auditors found
 * @param requirement the requirement concerned, for example « attendu C7.R2 »
 * @param lifted the date the gap was lifted, or « non levé »
 */
public record GapView(String id, String severity, String severityWord, String text, String requirement, String lifted) {

  /** Checks that no component is null. */
  public GapView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityWord, "severityWord");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(lifted, "lifted");
  }
}
