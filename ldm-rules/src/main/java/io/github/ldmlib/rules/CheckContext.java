package io.github.ldmlib.rules;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.conformity.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.internal.Messages;
import io.github.ldmlib.rules.internal.ReferentialIndex;
import io.github.ldmlib.rules.internal.Walk;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link Rule} checks: the referential (already tailored by any academy profile), the
 * dossier, the date as of which the check is made and the {@link Stage} of the label.
 *
 * <p>What is due depends on both the date and the stage: a follow-up measure at N+3 is due only
 * once the school year N+3 has passed. Instances are immutable and thread-safe.
 */
public final class CheckContext {

  private final Referential referential;
  private final Dossier dossier;
  private final LocalDate asOf;
  private final Stage stage;
  private final Locale language;
  private final SchoolYear schoolYear;
  private final Walk.Places places;

  private ReferentialIndex index;

  static {
    Walk.register(new Walk.Access() {
      @Override
      public Walk.Places places(CheckContext context) {
        return context.places;
      }

      @Override
      public ReferentialIndex index(CheckContext context) {
        ReferentialIndex i = context.index;
        if (i == null) {
          // A context made directly indexes its referential at first use; a race only indexes twice.
          i = ReferentialIndex.of(context.referential);
          context.index = i;
        }
        return i;
      }
    });
  }

  private CheckContext(Referential referential, Dossier dossier, LocalDate asOf, Stage stage, Locale locale) {
    this.referential = Objects.requireNonNull(referential, "referential");
    this.dossier = Objects.requireNonNull(dossier, "dossier");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.stage = Objects.requireNonNull(stage, "stage");
    this.language = Messages.language(locale);
    this.schoolYear = SchoolYear.containing(asOf);
    this.places = new Walk.Places(dossier);
  }

  /**
   * Obtains a context, for example to unit-test a rule without a checker.
   *
   * @param referential the referential
   * @param dossier the dossier
   * @param asOf the date of the check
   * @param stage the stage
   * @param locale the language of the messages (English if its language is English, else French)
   * @return the context
   */
  public static CheckContext of(Referential referential, Dossier dossier, LocalDate asOf, Stage stage, Locale locale) {
    return new CheckContext(referential, dossier, asOf, stage, locale);
  }

  /** A context whose referential a checker has already indexed. */
  static CheckContext of(Referential referential, ReferentialIndex index, Dossier dossier, LocalDate asOf, Stage stage,
      Locale locale) {
    CheckContext context = new CheckContext(referential, dossier, asOf, stage, locale);
    context.index = Objects.requireNonNull(index, "index");
    return context;
  }

  /** The referential the dossier is checked against. */
  public Referential referential() {
    return referential;
  }

  /** The dossier. */
  public Dossier dossier() {
    return dossier;
  }

  /** The date as of which the dossier is checked. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The stage for which the dossier is checked. */
  public Stage stage() {
    return stage;
  }

  /** The school year that contains {@link #asOf()}: measures of later school years lie in the future. */
  public SchoolYear schoolYear() {
    return schoolYear;
  }

  /**
   * The language of the report's messages, {@link Locale#FRENCH} or {@link Locale#ENGLISH}. A rule
   * needs it only to pass an argument that is itself localized text.
   */
  public Locale language() {
    return language;
  }

  @Override
  public String toString() {
    return "CheckContext[" + referential.id() + "@" + referential.edition().id() + ", "
        + dossier.establishment().name() + ", asOf=" + asOf + ", stage=" + stage + "]";
  }
}
