package io.github.ldmlib.spring;

import io.github.ldmlib.io.LdmJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web side, in a Spring MVC application:
 *
 * <ul>
 *   <li>{@link LdmHttpMessageConverter} ({@code ldmHttpMessageConverter}): controllers take and
 *       return the label's documents in their JSON format; Spring Boot puts a converter bean ahead
 *       of its own JSON converters, so documents never go through the application's JSON mapper.
 *       Its messages follow the request's locale;
 *   <li>{@link LdmProblemAdvice} ({@code ldmProblemAdvice}): problem+json for format errors and
 *       for the violations of a {@code @Valid} document.
 * </ul>
 *
 * <p>Each gives way to a bean of its type that the application declares.
 */
@AutoConfiguration(after = LdmAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public final class LdmWebMvcAutoConfiguration {

  /** Created by Spring. */
  LdmWebMvcAutoConfiguration() {}

  /**
   * The converter of documents.
   *
   * @param json the reader and writer
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  LdmHttpMessageConverter ldmHttpMessageConverter(LdmJson json) {
    return new LdmHttpMessageConverter(json, LocaleContextHolder::getLocale);
  }

  /**
   * The problem+json answers.
   *
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  LdmProblemAdvice ldmProblemAdvice() {
    return new LdmProblemAdvice();
  }
}
