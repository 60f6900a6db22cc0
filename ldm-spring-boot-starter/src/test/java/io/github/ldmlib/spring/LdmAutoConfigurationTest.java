package io.github.ldmlib.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmJackson3Module;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.RuleTailoring;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.report.ReportRenderer;
import io.github.ldmlib.rules.Checker;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

class LdmAutoConfigurationTest {

  private static final Path DEFECTIVE = Path.of("..", "examples", "defective", "percentage-over-100.json");

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(LdmAutoConfiguration.class, LdmValidationAutoConfiguration.class,
          LdmWebMvcAutoConfiguration.class, ValidationAutoConfiguration.class));

  private static Dossier percentageOver100() throws IOException {
    return LdmJson.defaults().read(Dossier.class, DEFECTIVE);
  }

  @Test
  void theJackson3ModuleMakesTheApplicationsMapperReadAndWriteTheFormat() throws IOException {
    Dossier dossier = LdmJson.defaults().read(Dossier.class, Path.of("..", "examples", "dossier-complete.json"));
    runner.run(context -> {
      assertThat(context).hasSingleBean(LdmJackson3Module.class);
      tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder()
          .addModule(context.getBean(LdmJackson3Module.class)).build();
      String written = mapper.writeValueAsString(dossier);
      assertThat(mapper.readValue(written, Dossier.class)).isEqualTo(dossier);
      assertThat(LdmJson.defaults().read(Dossier.class, written)).isEqualTo(dossier);
      // Without the module, the application's mapper refuses the model's types.
      tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder().build();
      assertThatThrownBy(() -> plain.writeValueAsString(dossier)).isInstanceOf(tools.jackson.core.JacksonException.class);
    });
  }

  @Test
  void defaultsCheckAgainstTheLatestNationalReferentialInFrench() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      Referential latest = Referentials.latest("ldm-national-2023");
      assertThat(context.getBean(Referential.class)).isEqualTo(latest);
      @SuppressWarnings("unchecked")
      Checker<Dossier> checker = context.getBean(Checker.class);
      assertThat(checker.referential()).isEqualTo(latest);
      assertThat(context.getBean(LdmJson.class).locale()).isEqualTo(Locale.FRENCH);
      assertThat(context.getBean(LdmJson.class).isLenient()).isFalse();
      assertThat(context.getBean(ReportRenderer.class).locale()).isEqualTo(Locale.FRENCH);
      assertThat(context).doesNotHaveBean(AcademyProfile.class);
      assertThat(context).as("not a web application").doesNotHaveBean(LdmHttpMessageConverter.class)
          .doesNotHaveBean(LdmProblemAdvice.class);
    });
  }

  @Test
  void springsValidatorFindsWhatLdmValidationFinds() {
    runner.run(context -> {
      Dossier dossier = percentageOver100();
      Validator validator = context.getBean(Validator.class);
      for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
        LocaleContextHolder.setLocale(locale);
        try {
          List<Violation> found = validator.validate(dossier).stream()
              .map(LdmValidation::toViolation).sorted().toList();
          assertThat(found).isNotEmpty().isEqualTo(LdmValidation.validate(dossier, locale));
        } finally {
          LocaleContextHolder.resetLocaleContext();
        }
      }
    });
  }

  @Test
  void withoutTheCustomizerSpringsValidatorSeesNothing() {
    runner.withPropertyValues().withBean(LdmValidationAutoConfiguration.CUSTOMIZER,
        ValidationConfigurationCustomizer.class, () -> configuration -> { })
        .run(context -> assertThat(context.getBean(Validator.class).validate(percentageOver100())).isEmpty());
  }

  @Test
  void propertiesChooseTheReferentialItsEditionTheLanguageAndLeniency() {
    runner.withPropertyValues("ldm.referential=ldm-national-2023", "ldm.edition=2024-01", "ldm.language=en",
        "ldm.lenient=true").run(context -> {
          assertThat(context.getBean(Referential.class)).isEqualTo(Referentials.load("ldm-national-2023", "2024-01"));
          assertThat(context.getBean(LdmJson.class).locale()).isEqualTo(Locale.ENGLISH);
          assertThat(context.getBean(LdmJson.class).isLenient()).isTrue();
          assertThat(context.getBean(ReportRenderer.class).locale()).isEqualTo(Locale.ENGLISH);
        });
    runner.withPropertyValues("ldm.referential=aix-marseille-2012").run(context ->
        assertThat(context.getBean(Referential.class)).isEqualTo(Referentials.latest("aix-marseille-2012")));
  }

  @Test
  void aProfileGivesItsTailoredReferentialAndItsTailorings() {
    AcademyProfile bundled = Referentials.profile("nouvelle-aquitaine-2023");
    runner.withPropertyValues("ldm.profile=nouvelle-aquitaine-2023").run(context -> {
      assertThat(context.getBean(AcademyProfile.class)).isEqualTo(bundled);
      assertThat(context.getBean(Referential.class)).isEqualTo(Referentials.tailor(bundled, Locale.FRENCH));
      @SuppressWarnings("unchecked")
      Checker<Dossier> checker = context.getBean(Checker.class);
      assertThat(checker.referential()).isEqualTo(Referentials.tailor(bundled, Locale.FRENCH));
      assertThat(checker.severity("LDM-D-020")).isPresent();
    });
    AcademyProfile tailored = AcademyProfile.builder().from(bundled)
        .addRuleTailorings(RuleTailoring.disable("LDM-D-020")).build();
    runner.withBean(AcademyProfile.class, () -> tailored).run(context -> {
      @SuppressWarnings("unchecked")
      Checker<Dossier> checker = context.getBean(Checker.class);
      assertThat(checker.severity("LDM-D-020")).as("the profile's tailoring applies").isEmpty();
      assertThat(checker.referential()).isEqualTo(Referentials.tailor(tailored, Locale.FRENCH));
    });
  }

  @Test
  void anUnknownReferentialProfileOrLanguageStopsTheApplication() {
    runner.withPropertyValues("ldm.referential=nowhere").run(context -> assertThat(context).hasFailed());
    runner.withPropertyValues("ldm.profile=nowhere").run(context -> assertThat(context).hasFailed());
    runner.withPropertyValues("ldm.language=de").run(context -> assertThat(context).hasFailed());
  }

  @Test
  void theApplicationsBeansWin() {
    LdmJson own = LdmJson.defaults().withPrettyPrint(false);
    Referential aix = Referentials.latest("aix-marseille-2012");
    runner.withUserConfiguration(Own.class).withBean(LdmJson.class, () -> own)
        .withBean(Referential.class, () -> aix).run(context -> {
          assertThat(context.getBean(LdmJson.class)).isSameAs(own);
          assertThat(context.getBean(ReportRenderer.class).locale()).isEqualTo(Locale.ENGLISH);
          @SuppressWarnings("unchecked")
          Checker<Dossier> checker = context.getBean(Checker.class);
          assertThat(checker.referential()).as("built on the application's referential").isEqualTo(aix);
        });
  }

  @Test
  void withoutLdmReportThereIsNoRenderer() {
    runner.withClassLoader(new FilteredClassLoader(ReportRenderer.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("ldmReportRenderer"));
  }

  @Test
  void withoutSpringBootValidationThereIsNoCustomizer() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LdmAutoConfiguration.class,
            LdmValidationAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(ValidationConfigurationCustomizer.class))
        .run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(LdmValidationAutoConfiguration.CUSTOMIZER));
  }

  @Test
  void aWebApplicationGetsTheConverterAndTheAdviceUnlessItHasItsOwn() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LdmAutoConfiguration.class, LdmWebMvcAutoConfiguration.class));
    web.run(context -> assertThat(context).hasSingleBean(LdmHttpMessageConverter.class)
        .hasSingleBean(LdmProblemAdvice.class));
    LdmHttpMessageConverter own = new LdmHttpMessageConverter(LdmJson.defaults().withLocale(Locale.ENGLISH));
    web.withBean(LdmHttpMessageConverter.class, () -> own).run(context ->
        assertThat(context.getBean(LdmHttpMessageConverter.class)).isSameAs(own));
  }

  /** An application's own renderer. */
  @Configuration(proxyBeanMethods = false)
  static class Own {
    @Bean
    ReportRenderer renderer() {
      return ReportRenderer.english();
    }
  }
}
