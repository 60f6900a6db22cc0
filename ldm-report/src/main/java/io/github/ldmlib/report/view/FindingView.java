package io.github.ldmlib.report.view;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding of a conformity check: where it is, why, and the rule that made it.
 *
 * @param ruleId the rule's id, for example {@code LDM-D-020}
 * @param ruleTitle the rule's title in the report's language; empty for a rule this library does not know
 * @param severity the name of the finding's {@link io.github.ldmlib.model.conformity.Severity}, for
 *     example {@code MAJOR_GAP}
 * @param severityWord the severity in words, for example « Écart majeur »
 * @param severityColumn the severity in words followed by spaces to the width of the longest
 *     severity word of the report, so that plain text columns line up
 * @param place where the finding is, in words, for example « Section C4 › Action 1 « Bureau des
 *     entreprises » › Plus-value »; « Dossier dans son ensemble » for the dossier as a whole
 * @param pointer the JSON Pointer of the place, for example {@code /sections/3/actions/0/addedValue};
 *     {@code /} for the dossier as a whole
 * @param message why, in the language of the check
 * @param source the source text the rule enforces, for example « Source : Guide … », if the finding names one
 */
public record FindingView(String ruleId, Optional<String> ruleTitle, String severity, String severityWord,
    String severityColumn, String place, String pointer, String message, Optional<String> source) {

  /** Checks that no component is null. */
  public FindingView {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(ruleTitle, "ruleTitle");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(severityWord, "severityWord");
    Objects.requireNonNull(severityColumn, "severityColumn");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }
}
