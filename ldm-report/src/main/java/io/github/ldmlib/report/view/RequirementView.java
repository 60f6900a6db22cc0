package io.github.ldmlib.report.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A requirement (<i>attendu</i>) of the referential that something in a report concerns, in its
 * official wording with its source.
 *
 * @param id the requirement's id, for example {@code C4.R3}
 * @param anchor the id of its quotation in the HTML page, for example {@code requirement-C4-R3}
 * @param group the heading the requirement stands under in the referential, if any
 * @param text the official wording
 * @param networkOnly the note « (candidatures en réseau) » for a requirement that applies only to
 *     network candidatures; empty otherwise
 * @param subItems the items listed under the wording, in order
 * @param source where the wording comes from, for example « Source : Guide … (janvier 2026), F. Critère 4 »
 */
public record RequirementView(String id, String anchor, Optional<String> group, String text,
    Optional<String> networkOnly, List<String> subItems, String source) {

  /** Checks that no component is null and copies the list. */
  public RequirementView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(networkOnly, "networkOnly");
    subItems = List.copyOf(subItems);
    Objects.requireNonNull(source, "source");
  }
}
