package io.github.ldmlib.model.validation;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.internal.FluentGetterStrategy;
import io.github.ldmlib.model.internal.DistinctInstances;
import io.github.ldmlib.model.internal.LocalizedInterpolator;
import io.github.ldmlib.model.internal.ModelScope;
import io.github.ldmlib.model.internal.ValidityCheck;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
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
 * <p>{@link #validate(Object, Locale)} first asks, for an object of the model, a cheap question:
 * would any constraint fail? It walks the object once with a plan made from the same annotations
 * Hibernate Validator reads, and when nothing fails (the common case: a dossier checked on every
 * save) it returns no violation without starting Hibernate Validator at all. Otherwise, Hibernate
 * Validator validates the object, with a factory of the model's own (its predefined scope, whose
 * metadata is built up front for exactly the classes of the model), so every violation, path and
 * message is Hibernate Validator's. Tests prove the plan equal to Hibernate Validator's metadata for
 * every class of the model, and the findings identical to the general validator's on generated
 * documents of every kind, valid and broken. {@link #validator(Locale)} returns the general
 * validator, which accepts any class.
 *
 * <p>This class is thread-safe. Each factory is built on first use.
 */
public final class LdmValidation {

  private LdmValidation() {}

  /** The general factory: any class, metadata read on first use of each. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new FluentGetterStrategy())
        .messageInterpolator(interpolator())
        .buildValidatorFactory();
    static final Validator FRENCH = validatorFor(FACTORY, Locale.FRENCH);
    static final Validator ENGLISH = validatorFor(FACTORY, Locale.ENGLISH);
  }

  /**
   * The model's factory: Hibernate Validator's predefined scope, whose metadata is built up front
   * for exactly the classes of the model ({@link ModelScope}). Knowing every class, it sees that
   * the model holds no cycle and so does not track the beans it has already validated, and it
   * looks metadata up without locking. Same constraints, same messages, same order of work as the
   * general factory: only the bookkeeping goes.
   */
  private static final class ModelHolder {
    static final ValidatorFactory FACTORY = Validation.byProvider(PredefinedScopeHibernateValidator.class)
        .configure()
        .builtinConstraints(BUILTIN_CONSTRAINTS)
        .initializeBeanMetaData(ModelScope.classes())
        .getterPropertySelectionStrategy(new FluentGetterStrategy())
        .messageInterpolator(interpolator())
        .buildValidatorFactory();
    static final Validator FRENCH = validatorFor(FACTORY, Locale.FRENCH);
    static final Validator ENGLISH = validatorFor(FACTORY, Locale.ENGLISH);
  }

  /** Every built-in constraint of Jakarta Validation, so that any the model uses is known. */
  private static final Set<String> BUILTIN_CONSTRAINTS = Set.of(
      AssertFalse.class.getName(), AssertTrue.class.getName(), DecimalMax.class.getName(),
      DecimalMin.class.getName(), Digits.class.getName(), Email.class.getName(), Future.class.getName(),
      FutureOrPresent.class.getName(), Max.class.getName(), Min.class.getName(), Negative.class.getName(),
      NegativeOrZero.class.getName(), NotBlank.class.getName(), NotEmpty.class.getName(),
      NotNull.class.getName(), Null.class.getName(), Past.class.getName(), PastOrPresent.class.getName(),
      Pattern.class.getName(), Positive.class.getName(), PositiveOrZero.class.getName(),
      Size.class.getName());

  private static MessageInterpolator interpolator() {
    return new ParameterMessageInterpolator(Set.of(Locale.FRENCH, Locale.ENGLISH), Locale.FRENCH, false);
  }

  private static Validator validatorFor(ValidatorFactory factory, Locale locale) {
    return factory.usingContext()
        .messageInterpolator(new LocalizedInterpolator(factory.getMessageInterpolator(), locale))
        .getValidator();
  }

  private static boolean english(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
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
    return english(locale) ? Holder.ENGLISH : Holder.FRENCH;
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
   * Validates an object of the model and everything it contains. A valid object of the model is
   * recognised without Hibernate Validator's traversal; any other goes through it.
   *
   * @param object the object, not null
   * @param locale the language of the messages (French unless English is asked for)
   * @return every violation, sorted by pointer; empty when the object is valid
   */
  public static List<Violation> validate(Object object, Locale locale) {
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(locale, "locale");
    Class<?> type = object.getClass();
    if (ValidityCheck.isValid(object)) {
      return List.of();
    }
    Validator validator = ModelScope.contains(type)
        ? (english(locale) ? ModelHolder.ENGLISH : ModelHolder.FRENCH)
        : validator(locale);
    // Each place its own instance: a fault of an instance met at several places is reported at each
    // place, whatever the version of Hibernate Validator (DistinctInstances).
    Object target = ModelScope.contains(type) ? DistinctInstances.of(object) : object;
    Set<ConstraintViolation<Object>> found = validator.validate(target);
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
    JsonPointer pointer = JsonPointer.root();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (at != null) {
          path.append('[').append(at).append(']');
          pointer = pointer.append(String.valueOf(at));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
        pointer = pointer.append(name);
      }
    }
    return new Violation(
        path.toString(),
        pointer,
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessageTemplate(),
        violation.getMessage());
  }
}
