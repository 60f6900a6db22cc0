package io.github.ldmlib.spring;

import io.github.ldmlib.io.LdmJackson3Module;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.rules.Checker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library's beans, each of which gives way to a bean of the same type that the application
 * declares:
 *
 * <ul>
 *   <li>{@link LdmJson} ({@code ldmJson}): the JSON reader and writer, strict unless {@code
 *       ldm.lenient}, its messages in {@code ldm.language};
 *   <li>{@link Referential} ({@code ldmReferential}): the bundled referential {@code
 *       ldm.referential} in {@code ldm.edition} (the latest when absent), or, with {@code
 *       ldm.profile}, the referential of that academy profile tailored by it;
 *   <li>{@link AcademyProfile} ({@code ldmProfile}), only with {@code ldm.profile};
 *   <li>{@link Checker}{@code <Dossier>} ({@code ldmChecker}): the built-in rules for that
 *       referential, the profile's rule tailorings applied, the rules that {@code RuleProvider}s on
 *       the class path add; immutable and thread-safe, built once at start-up so that a wrong
 *       referential or profile stops the application then;
 *   <li>{@link ReportRenderer} ({@code ldmReportRenderer}) in {@code ldm.language}, when {@code
 *       ldm-report} is on the class path;
 *   <li>{@link LdmJackson3Module} ({@code ldmJackson3Module}), with the options of {@code ldmJson},
 *       when Jackson 3 is on the class path: Spring Boot 4 adds every Jackson module bean to its
 *       {@code JsonMapper}, so ldm's documents inside the application's own types are written and
 *       read in the format's exact bytes, with its errors.
 * </ul>
 *
 * <p>The web side and validation are in {@link LdmWebMvcAutoConfiguration} and {@link
 * LdmValidationAutoConfiguration}.
 */
@AutoConfiguration
@EnableConfigurationProperties(LdmProperties.class)
public final class LdmAutoConfiguration {

  /** Created by Spring. */
  LdmAutoConfiguration() {}

  /**
   * The JSON reader and writer.
   *
   * @param properties the properties
   * @return the reader
   */
  @Bean
  @ConditionalOnMissingBean
  LdmJson ldmJson(LdmProperties properties) {
    return LdmJson.defaults().withLocale(properties.getLanguage()).withLenient(properties.isLenient());
  }

  /**
   * The academy profile named by {@code ldm.profile}.
   *
   * @param properties the properties
   * @return the profile
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "ldm", name = "profile")
  AcademyProfile ldmProfile(LdmProperties properties) {
    return Referentials.profile(properties.getProfile());
  }

  /**
   * The referential documents are checked against.
   *
   * @param properties the properties
   * @param profile the academy profile, when one is configured
   * @return the referential
   */
  @Bean
  @ConditionalOnMissingBean
  Referential ldmReferential(LdmProperties properties, ObjectProvider<AcademyProfile> profile) {
    AcademyProfile academy = profile.getIfAvailable();
    if (academy != null) {
      return Referentials.tailor(academy, properties.getLanguage());
    }
    return properties.getEdition() == null
        ? Referentials.latest(properties.getReferential())
        : Referentials.load(properties.getReferential(), properties.getEdition());
  }

  /**
   * The checker of dossiers.
   *
   * @param referential the referential
   * @param profile the academy profile, when one is configured: its rule tailorings apply
   * @return the checker
   */
  @Bean
  @ConditionalOnMissingBean
  Checker<Dossier> ldmChecker(Referential referential, ObjectProvider<AcademyProfile> profile) {
    Checker.Builder<Dossier> builder = Checker.builder(DocumentKind.DOSSIER).referential(referential).discoverRules();
    AcademyProfile academy = profile.getIfAvailable();
    if (academy != null) {
      builder.tailorings(academy.ruleTailorings());
    }
    return builder.build();
  }

  /** ldm's Jackson 3 module, when Jackson 3 is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  static final class Jackson3 {

    /**
     * The module, with the reader's options (strictness, language).
     *
     * @param json the reader
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    LdmJackson3Module ldmJackson3Module(LdmJson json) {
      return json.jackson3Module();
    }
  }

  /** The report renderer, when {@code ldm-report} is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ReportRenderer.class)
  static final class Reports {

    /**
     * The renderer in the configured language.
     *
     * @param properties the properties
     * @return the renderer
     */
    @Bean
    @ConditionalOnMissingBean
    ReportRenderer ldmReportRenderer(LdmProperties properties) {
      return ReportRenderer.of(properties.getLanguage());
    }
  }
}
