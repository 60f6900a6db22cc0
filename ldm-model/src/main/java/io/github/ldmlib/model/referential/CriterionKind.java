package io.github.ldmlib.model.referential;

/** The kind of a {@link Criterion} (<i>critère national, académique ou facultatif</i>). */
public enum CriterionKind {
  /** A national criterion of the cahier des charges: always mandatory. */
  NATIONAL,
  /** A criterion an academy adds to the national ones and makes mandatory for its schools. */
  ACADEMIC,
  /** A criterion a school may choose to address (<i>critère facultatif</i>), such as Aix-Marseille's title V. */
  OPTIONAL;

  /** True when every dossier must address a criterion of this kind. */
  public boolean isMandatory() {
    return this != OPTIONAL;
  }
}
