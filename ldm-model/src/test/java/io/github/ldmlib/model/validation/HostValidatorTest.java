package io.github.ldmlib.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.model.SampleDossiers;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.ProcessParameters;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A host's own validator, configured with {@link LdmValidation#configure(Configuration,
 * java.util.function.Supplier)}, finds what {@link LdmValidation#validate(Object, Locale)} finds:
 * the same violations, pointers, constraints and messages, in French and in English.
 */
class HostValidatorTest {

  private static final AtomicReference<Locale> REQUEST_LOCALE = new AtomicReference<>(Locale.FRENCH);

  /**
   * A host's factory, bootstrapped as an application would, the locale following its "request".
   * Without Expression Language on the class path (as here), a host sets Hibernate Validator's
   * parameter interpolator itself; Spring Boot hosts have Expression Language.
   */
  private static final ValidatorFactory HOST = LdmValidation.configure(host(), REQUEST_LOCALE::get)
      .buildValidatorFactory();

  private static Configuration<?> host() {
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator());
  }

  @AfterAll
  static void close() {
    HOST.close();
  }

  private static Dossier withMeasures(BigDecimal... values) {
    Dossier complete = SampleDossiers.complete();
    Action action = SampleDossiers.action(SampleDossiers.absenteeism(values));
    CriterionSection section = CriterionSection.builder().from(complete.sections().get(0))
        .actions(List.of(action)).build();
    return Dossier.builder().from(complete).sections(List.of(section, section)).build();
  }

  /** Invalid documents: each breaks constraints of its own kind. */
  private static Map<String, Object> invalid() {
    Dossier complete = SampleDossiers.complete();
    return Map.of(
        "a percentage of 140", withMeasures(new BigDecimal("18"), new BigDecimal("140")),
        "a blank title, an empty trade, a bad evidence id and digest, a name too long",
        Dossier.builder().from(complete)
            .labelTitle(" ")
            .addTrades("")
            .evidence(List.of(Evidence.builder().from(complete.evidence().get(0))
                .id("P 01").sha256("ABC").build()))
            .sections(List.of(CriterionSection.builder().from(complete.sections().get(0))
                .team(CriterionTeam.builder().from(complete.sections().get(0).team().get())
                    .coordinator(Person.builder().lastName("x".repeat(101)).build())
                    .build())
                .build()))
            .build(),
        "built-in constraints out of range",
        ProcessParameters.builder().auditDurationDays(0).auditPlanNoticeDays(-1)
            .dossierNoticeWeeks(53).followUpAuditYears(List.of(0))
            .continuingTrainingDaysPerYear(new BigDecimal("-0.5")).build());
  }

  private static List<Violation> host(Validator validator, Object object) {
    return validator.validate(object).stream().map(LdmValidation::toViolation).sorted().toList();
  }

  // Hibernate Validator before 9.1 (8.0 in Spring Boot 3.5, 9.0 in 4.0) validates an instance shared
  // by several places once: a host's own validator then reports the first place only
  // (docs/integration.md). LdmValidation itself agrees on every version (LdmValidationTest); these
  // differential tests need 9.1.
  @Tag("hv91")
  @Test
  void aHostValidatorFindsWhatLdmValidationFindsInFrenchAndEnglish() {
    Validator validator = HOST.getValidator();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      REQUEST_LOCALE.set(locale);
      invalid().forEach((what, object) -> {
        List<Violation> expected = LdmValidation.validate(object, locale);
        assertThat(expected).as("%s is invalid", what).isNotEmpty();
        assertThat(host(validator, object)).as("%s in %s", what, locale).isEqualTo(expected);
      });
    }
    REQUEST_LOCALE.set(Locale.FRENCH);
    assertThat(host(validator, withMeasures(new BigDecimal("140")))).hasSize(2).last().satisfies(v -> {
      assertThat(v.pointer()).hasToString("/sections/1/actions/0/objectives/0/indicators/0/measures/0/value");
      assertThat(v.message()).isEqualTo("un pourcentage doit être compris entre 0 et 100");
    });
  }

  /** A host's service whose method takes a dossier to validate. */
  static final class Service {
    @SuppressWarnings("unused")
    public void submit(@jakarta.validation.Valid Dossier dossier) {}
  }

  // Hibernate Validator before 9.1 (8.0 in Spring Boot 3.5, 9.0 in 4.0) validates an instance shared
  // by several places once: a host's own validator then reports the first place only
  // (docs/integration.md). LdmValidation itself agrees on every version (LdmValidationTest); these
  // differential tests need 9.1.
  @Tag("hv91")
  @Test
  void aMethodsArgumentHasThePointersOfTheObjectItself() throws NoSuchMethodException {
    Dossier dossier = withMeasures(new BigDecimal("18"), new BigDecimal("140"));
    REQUEST_LOCALE.set(Locale.FRENCH);
    List<Violation> found = HOST.getValidator().forExecutables()
        .validateParameters(new Service(), Service.class.getMethod("submit", Dossier.class), new Object[] {dossier})
        .stream().map(LdmValidation::toViolation).sorted().toList();
    assertThat(found).isNotEmpty().isEqualTo(LdmValidation.validate(dossier));
  }

  @Test
  void aValidDossierHasNoViolation() {
    assertThat(HOST.getValidator().validate(SampleDossiers.complete())).isEmpty();
  }

  @Test
  void aStockValidatorSeesNothingWhichIsWhyTheHookExists() {
    try (ValidatorFactory stock = host().buildValidatorFactory()) {
      assertThat(stock.getValidator().validate(withMeasures(new BigDecimal("140")))).isEmpty();
    }
  }

  @Test
  void theModelsTemplatesFollowTheLocaleAskedForAndOthersGoToTheHost() {
    MessageInterpolator hostsOwn = new MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return "host:" + template;
      }

      @Override
      public String interpolate(String template, Context context, Locale locale) {
        return "host-" + locale + ":" + template;
      }
    };
    Configuration<?> configuration = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(hostsOwn);
    LdmValidation.configure(configuration, () -> Locale.ENGLISH);
    LdmValidation.configure(configuration, () -> Locale.ENGLISH);   // twice: wrapped once
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      MessageInterpolator interpolator = factory.getMessageInterpolator();
      Dossier dossier = withMeasures(new BigDecimal("140"));
      ConstraintViolation<Dossier> v = factory.getValidator().validate(dossier).iterator().next();
      MessageInterpolator.Context context = contextOf(v);
      String template = "{io.github.ldmlib.model.constraints.MeasuresFitUnit.PERCENT.message}";
      assertThat(v.getMessage()).isEqualTo("a percentage must be between 0 and 100");
      assertThat(interpolator.interpolate(template, context, Locale.CANADA_FRENCH))
          .isEqualTo("un pourcentage doit être compris entre 0 et 100");
      assertThat(interpolator.interpolate(template, context, Locale.GERMAN))
          .as("French unless English, as LdmValidation").isEqualTo("un pourcentage doit être compris entre 0 et 100");
      assertThat(interpolator.interpolate("{jakarta.validation.constraints.Min.message}", context))
          .as("without a locale, the host's template in the supplied one")
          .isEqualTo("host-en:{jakarta.validation.constraints.Min.message}");
      assertThat(interpolator.interpolate("{io.github.ldmlib.model.constraints.Unknown.message}", context, Locale.ITALIAN))
          .as("a key the model's bundle does not hold is the host's")
          .isEqualTo("host-it:{io.github.ldmlib.model.constraints.Unknown.message}");
    }
  }

  // Hibernate Validator before 9.1 (8.0 in Spring Boot 3.5, 9.0 in 4.0) validates an instance shared
  // by several places once: a host's own validator then reports the first place only
  // (docs/integration.md). LdmValidation itself agrees on every version (LdmValidationTest); these
  // differential tests need 9.1.
  @Tag("hv91")
  @Test
  void withoutASupplierTheJvmLocaleChoosesAsForHibernateValidatorsOwnMessages() {
    Locale before = Locale.getDefault();
    try (ValidatorFactory factory = LdmValidation.configure(host()).buildValidatorFactory()) {
      Dossier dossier = withMeasures(new BigDecimal("140"));
      Locale.setDefault(Locale.FRENCH);
      assertThat(factory.getValidator().validate(dossier)).hasSize(2).first()
          .extracting(ConstraintViolation::getMessage).isEqualTo("un pourcentage doit être compris entre 0 et 100");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(factory.getValidator().validate(dossier)).hasSize(2).first()
          .extracting(ConstraintViolation::getMessage).isEqualTo("a percentage must be between 0 and 100");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anotherProviderIsRefused() {
    Configuration<?> other = (Configuration<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Configuration.class}, (proxy, method, args) -> null);
    assertThatThrownBy(() -> LdmValidation.configure(other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Hibernate Validator");
  }

  /** The interpolation context of a violation, as Hibernate Validator would pass it. */
  private static MessageInterpolator.Context contextOf(ConstraintViolation<?> violation) {
    return new MessageInterpolator.Context() {
      @Override
      public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return violation.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }
    };
  }

}
