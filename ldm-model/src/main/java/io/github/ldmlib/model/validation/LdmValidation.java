package io.github.ldmlib.model.validation;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.internal.FluentGetterStrategy;
import io.github.ldmlib.model.internal.DistinctInstances;
import io.github.ldmlib.model.internal.HostInterpolator;
import io.github.ldmlib.model.internal.LocalizedInterpolator;
import io.github.ldmlib.model.internal.ModelScope;
import io.github.ldmlib.model.internal.ValidityCheck;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
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
import jakarta.validation.spi.ConfigurationState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
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
 * <p><b>A host's own validator.</b> An application that validates with its own Jakarta {@link
 * Validator} (Spring's {@code @Valid}, a {@code LocalValidatorFactoryBean}, a factory it bootstraps)
 * applies {@link #configure(Configuration, Supplier)} to the configuration it builds that validator
 * from. The validator then sees the model's fluent accessors and words the model's messages as this
 * class does, so that {@link #toViolation(ConstraintViolation)} turns what it finds into the same
 * violations, pointers and messages as {@link #validate(Object, Locale)}:
 *
 * <pre>{@code
 * ValidatorFactory factory = LdmValidation.configure(
 *         Validation.byProvider(HibernateValidator.class).configure(), () -> Locale.FRENCH)
 *     .buildValidatorFactory();
 * }</pre>
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

  /** The model's interpolators, one per language, for hosts' validators. */
  private static final class Interpolators {
    static final LocalizedInterpolator FRENCH = new LocalizedInterpolator(interpolator(), Locale.FRENCH);
    static final LocalizedInterpolator ENGLISH = new LocalizedInterpolator(interpolator(), Locale.ENGLISH);

    static LocalizedInterpolator of(Locale locale) {
      return english(locale) ? ENGLISH : FRENCH;
    }
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
   * Configures a host's Jakarta Validation bootstrap so that the validators it builds validate the
   * model as this class does. The model's messages a validator asks for (without a locale) are in
   * the language of {@link Locale#getDefault()}, as Hibernate Validator's own are by default, and
   * the host's are worded by the host's interpolator as before; everything else is as {@link
   * #configure(Configuration, Supplier)} says.
   *
   * @param <C> the type of the configuration
   * @param configuration a Hibernate Validator configuration, not null
   * @return the same configuration, for chaining
   * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
   */
  public static <C extends Configuration<?>> C configure(C configuration) {
    return wrap(configuration, null);
  }

  /**
   * Configures a host's Jakarta Validation bootstrap so that the validators it builds validate the
   * model as this class does: the same constraints, the same property paths (so {@link
   * #toViolation(ConstraintViolation)} gives the same pointers) and the same messages. It sets two
   * things, and changes nothing else of the host's configuration:
   *
   * <ul>
   *   <li>the property selection: Hibernate Validator's {@code GetterPropertySelectionStrategy}
   *       is set to one that sees the model's fluent accessors ({@code title()}) as properties;
   *       without it a validator sees no property of the model and reports nothing. Any public,
   *       non-static method without parameters that returns a value is then a property, in the
   *       host's classes too: a host whose own beans have such methods that are not properties,
   *       and constrained, should keep a validator of its own for them;
   *   <li>the message interpolation: the interpolator the configuration holds (the host's, or the
   *       provider's default) is wrapped so that the templates of the model's own constraints
   *       ({@code {io.github.ldmlib.model.constraints.Text.message}}…) are worded from the model's
   *       bundle, in English when the locale's language is English and in French otherwise, with
   *       parameters but never Expression Language; every other template, including those of the
   *       built-in constraints the model uses ({@code @NotNull}, {@code @Min}…), is left to the
   *       host's interpolator, in the locale it is given.
   * </ul>
   *
   * <p>The locale of a message is the one the caller of the interpolator names, or, when it names
   * none (as a validator does), the one {@code defaultLocale} supplies at that moment, for the
   * model's messages and the host's alike; a Spring application passes {@code
   * LocaleContextHolder::getLocale}, so that messages follow the request. Call it after the host has set its own message interpolator: Spring's {@code
   * LocalValidatorFactoryBean.setConfigurationInitializer} and Spring Boot's {@code
   * ValidationConfigurationCustomizer} both run at that point. Applying it twice to the same
   * configuration wraps the interpolator once.
   *
   * @param <C> the type of the configuration
   * @param configuration a Hibernate Validator configuration ({@code
   *     Validation.byProvider(HibernateValidator.class).configure()}, or the default provider's
   *     when it is Hibernate Validator), not null
   * @param defaultLocale the locale of a message when the caller names none, not null; it may
   *     supply null, read as {@link Locale#getDefault()}
   * @return the same configuration, for chaining
   * @throws IllegalArgumentException if the configuration is not Hibernate Validator's (9.0 or
   *     later), the only provider that can see fluent accessors
   */
  public static <C extends Configuration<?>> C configure(C configuration, Supplier<Locale> defaultLocale) {
    return wrap(configuration, Objects.requireNonNull(defaultLocale, "defaultLocale"));
  }

  private static <C extends Configuration<?>> C wrap(C configuration, Supplier<Locale> defaultLocale) {
    Objects.requireNonNull(configuration, "configuration");
    if (!(configuration instanceof BaseHibernateValidatorConfiguration<?> hibernate)) {
      throw new IllegalArgumentException("the model's fluent accessors are seen by Hibernate Validator only,"
          + " not by the provider of " + configuration.getClass().getName());
    }
    hibernate.getterPropertySelectionStrategy(new FluentGetterStrategy());
    MessageInterpolator current = configuration instanceof ConfigurationState state
        ? state.getMessageInterpolator() : null;
    if (current == null) {
      current = configuration.getDefaultMessageInterpolator();
    }
    if (current instanceof HostInterpolator already) {
      current = already.host();
    }
    configuration.messageInterpolator(new HostInterpolator(current, defaultLocale, Interpolators::of));
    return configuration;
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

  /** The nodes of a method validation's path that lead to the validated argument, not into it. */
  private static final Set<ElementKind> OUTSIDE_THE_OBJECT = Set.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR,
      ElementKind.PARAMETER, ElementKind.CROSS_PARAMETER, ElementKind.RETURN_VALUE);

  /**
   * Converts a Jakarta constraint violation into a {@link Violation}. Its path and pointer start at
   * the validated object; for the violation of a method's argument or return value (a host's method
   * validation, such as Spring MVC's), at that argument or value: the method and parameter nodes of
   * the path are left out.
   *
   * @param violation the violation, not null
   * @return the reduced violation
   */
  public static Violation toViolation(ConstraintViolation<?> violation) {
    StringBuilder path = new StringBuilder();
    JsonPointer pointer = JsonPointer.root();
    for (Path.Node node : violation.getPropertyPath()) {
      if (OUTSIDE_THE_OBJECT.contains(node.getKind())) {
        continue;
      }
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
