package io.github.ldmlib.report.view;

import java.util.Objects;

/**
 * How a report, a criterion or an entry stands, as a word and the colour that goes with it.
 *
 * @param css the CSS class of the colour: {@code v-ok} (green: conforming, no gap),
 *     {@code v-obs} (amber: observations, weaknesses, lifted gaps, partly conforming),
 *     {@code v-gap} (red: gaps, not conforming) or {@code v-none} (grey: not assessed)
 * @param word the word, for example « Conforme avec observations »
 */
public record Status(String css, String word) {

  /** Checks that no component is null. */
  public Status {
    Objects.requireNonNull(css, "css");
    Objects.requireNonNull(word, "word");
  }
}
