package io.github.ldmlib.model.referential;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * An item listed by a criterion of a referential: a reform measure, an actor, a strategic axis, an
 * operational objective, an example action or an example indicator. The text is official wording,
 * kept verbatim.
 *
 * <p>Items are identified by a stable id made of the criterion id, a kind prefix and a number, for
 * example {@code C4.AX2} or {@code C4.IND7}; their source is the criterion's {@link
 * Criterion#source()}.
 */
public interface ReferentialItem {

  /** The stable id, for example {@code C4.IND7}. */
  @NotNull
  @Identifier
  String id();

  /** The official wording, verbatim. */
  @NotNull
  @Text
  String text();

  /**
   * The heading the item is listed under in the source, where the source groups items (for
   * example {@code "PÉDAGOGIE DE L'ALTERNANCE (PFMP)"} for objectives of criterion 3).
   */
  Optional<@Text(max = Text.TITLE) String> group();

  /** Sub-items listed under the item in the source, verbatim and in order; often empty. */
  List<@NotNull @Text String> subItems();
}
