package io.github.ldmlib.spring;

import io.github.ldmlib.model.validation.LdmValidation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Makes Spring Boot's validator (the one behind {@code @Valid} and {@code @Validated}) validate
 * the model as {@link LdmValidation} does: a {@link ValidationConfigurationCustomizer} named
 * {@value #CUSTOMIZER} applies {@link LdmValidation#configure(jakarta.validation.Configuration,
 * java.util.function.Supplier)} with the request's locale ({@link LocaleContextHolder}), so that a
 * dossier with a percentage of 140 is refused with the violation's pointer and ldm's message, in
 * French unless the request's language is English.
 *
 * <p>Active when Spring Boot's validation ({@code spring-boot-starter-validation}) and Hibernate
 * Validator are on the class path; an application that declares a bean named {@value #CUSTOMIZER}
 * replaces it. An application that builds its own {@code LocalValidatorFactoryBean} applies the
 * hook itself: {@code factory.setConfigurationInitializer(c -> LdmValidation.configure(c,
 * LocaleContextHolder::getLocale))}.
 */
@AutoConfiguration(before = ValidationAutoConfiguration.class)
@ConditionalOnClass(value = ValidationConfigurationCustomizer.class, name = "org.hibernate.validator.HibernateValidator")
public final class LdmValidationAutoConfiguration {

  /** The name of the customizer bean. */
  public static final String CUSTOMIZER = "ldmValidationConfigurationCustomizer";

  /** Created by Spring. */
  LdmValidationAutoConfiguration() {}

  /**
   * The customizer that applies {@link LdmValidation#configure(jakarta.validation.Configuration,
   * java.util.function.Supplier)}.
   *
   * @return the customizer
   */
  @Bean(CUSTOMIZER)
  @ConditionalOnMissingBean(name = CUSTOMIZER)
  ValidationConfigurationCustomizer ldmValidationConfigurationCustomizer() {
    return configuration -> LdmValidation.configure(configuration, LocaleContextHolder::getLocale);
  }
}
