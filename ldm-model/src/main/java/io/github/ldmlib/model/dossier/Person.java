package io.github.ldmlib.model.dossier;

import io.github.ldmlib.model.constraints.Identifier;
import io.github.ldmlib.model.constraints.Text;
import io.github.ldmlib.model.internal.LdmStyle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named in a dossier or an audit: a criterion coordinator or team member (<i>coordonnateur,
 * membre de l'équipe critère</i>), an engagement lead (<i>animateur</i>), an auditor. The label asks
 * for last name, first name and function (<i>nom, prénom, fonction</i>).
 */
@Value.Immutable
@LdmStyle
public abstract class Person {

  Person() {}

  /** The last name (<i>nom</i>). */
  @NotNull
  @Text(max = Text.NAME)
  public abstract String lastName();

  /** The first name (<i>prénom</i>). */
  public abstract Optional<@Text(max = Text.NAME) String> firstName();

  /** The function in the establishment (<i>fonction</i>), for example "Professeur de lettres-histoire". */
  public abstract Optional<@Text(max = Text.TITLE) String> function();

  /**
   * Obtains a person with all three attributes.
   *
   * @param lastName the last name
   * @param firstName the first name
   * @param function the function
   * @return the person
   */
  public static Person of(String lastName, String firstName, String function) {
    return builder().lastName(lastName).firstName(firstName).function(function).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Person} instances; a missing required attribute fails at {@code build()}, naming it. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
