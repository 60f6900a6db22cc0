package io.github.ldmlib.model.validation;

import io.github.ldmlib.model.internal.FluentGetterStrategy;
import io.github.ldmlib.model.internal.LocalizedInterpolator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Jakarta Bean Validation of the model, set up once for the whole JVM.
 *
 * <p>The model uses fluent accessors ({@code title()}), which a stock Hibernate Validator does not
 * see as properties: it would report no violation at all. This class builds one {@link
 * ValidatorFactory} that sees them, interpolates messages without Expression Language, in French
 * by default and in English on request, and shares it: building a factory costs hundreds of
 * milliseconds, validating with it costs little.
 *
 * <pre>{@code
 * List<Violation> violations = LdmValidation.validate(dossier);             // French
 * List<Violation> english = LdmValidation.validate(dossier, Locale.ENGLISH);
 * }</pre>
 *
 * <p>This class is thread-safe. The factory is built on first use.
 */
public final class LdmValidation {

  private LdmValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new FluentGetterStrategy())
        .messageInterpolator(new ParameterMessageInterpolator(
            Set.of(Locale.FRENCH, Locale.ENGLISH), Locale.FRENCH, false))
        .buildValidatorFactory();
    static final Validator FRENCH = validatorFor(Locale.FRENCH);
    static final Validator ENGLISH = validatorFor(Locale.ENGLISH);

    private static Validator validatorFor(Locale locale) {
      return FACTORY.usingContext()
          .messageInterpolator(new LocalizedInterpolator(FACTORY.getMessageInterpolator(), locale))
          .getValidator();
    }
  }

  /**
   * Returns the shared validator whose messages are in the given language: English when the
   * locale's language is English, French otherwise.
   *
   * @param locale the locale of the messages, not null
   * @return a thread-safe validator
   */
  public static Validator validator(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Holder.ENGLISH : Holder.FRENCH;
  }

  /**
   * Validates an object of the model and everything it contains, with French messages.
   *
   * @param object the object, not null
   * @return every violation, sorted by pointer; empty when the object is valid
   */
  public static List<Violation> validate(Object object) {
    return validate(object, Locale.FRENCH);
  }

  /**
   * Validates an object of the model and everything it contains.
   *
   * @param object the object, not null
   * @param locale the language of the messages (French unless English is asked for)
   * @return every violation, sorted by pointer; empty when the object is valid
   */
  public static List<Violation> validate(Object object, Locale locale) {
    Objects.requireNonNull(object, "object");
    Set<ConstraintViolation<Object>> found = validator(locale).validate(object);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      violations.add(toViolation(v));
    }
    Collections.sort(violations);
    return List.copyOf(violations);
  }

  /**
   * Converts a Jakarta constraint violation into a {@link Violation}.
   *
   * @param violation the violation, not null
   * @return the reduced violation
   */
  public static Violation toViolation(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (at != null) {
          path.append('[').append(at).append(']');
          pointer.append('/').append(escape(String.valueOf(at)));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
        pointer.append('/').append(escape(name));
      }
    }
    return new Violation(
        path.toString(),
        pointer.toString(),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessageTemplate(),
        violation.getMessage());
  }

  /**
   * Escapes a reference token of a JSON Pointer (RFC 6901): {@code ~} becomes {@code ~0} and
   * {@code /} becomes {@code ~1}.
   *
   * @param token the token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
