package io.github.ldmlib.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SampleDossiers;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.referential.ProcessParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LdmValidationTest {

  private static Dossier withMeasures(BigDecimal... values) {
    Dossier complete = SampleDossiers.complete();
    Action action = SampleDossiers.action(SampleDossiers.absenteeism(values));
    CriterionSection section = CriterionSection.builder().from(complete.sections().get(0))
        .actions(List.of(action)).build();
    return Dossier.builder().from(complete)
        .sections(List.of(section, section, section, section)).build();
  }

  @Test
  void aCompleteDossierIsValid() {
    assertThat(LdmValidation.validate(SampleDossiers.complete())).isEmpty();
  }

  @Test
  void reportsADeepViolationWithItsPathAndPointer() {
    Dossier dossier = withMeasures(new BigDecimal("18"), new BigDecimal("12"), new BigDecimal("140"));

    List<Violation> violations = LdmValidation.validate(dossier);

    assertThat(violations).hasSize(4);
    Violation last = violations.get(3);
    assertThat(last.path())
        .isEqualTo("sections[3].actions[0].objectives[0].indicators[0].measures[2].value");
    assertThat(last.pointer())
        .hasToString("/sections/3/actions/0/objectives/0/indicators/0/measures/2/value");
    assertThat(last.constraint()).isEqualTo("MeasuresFitUnit");
    assertThat(last.message()).isEqualTo("un pourcentage doit être compris entre 0 et 100");
    assertThat(LdmValidation.validate(dossier, Locale.ENGLISH).get(3).message())
        .isEqualTo("a percentage must be between 0 and 100");
  }

  @Test
  void builtInConstraintsSpeakPlainText() {
    ProcessParameters broken = ProcessParameters.builder().auditDurationDays(0).auditPlanNoticeDays(-1)
        .dossierNoticeWeeks(53).followUpAuditYears(List.of(0))
        .continuingTrainingDaysPerYear(new BigDecimal("-0.5")).build();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      List<Violation> violations = LdmValidation.validate(broken, locale);
      assertThat(violations).extracting(Violation::constraint)
          .containsExactlyInAnyOrder("Positive", "Min", "Max", "Positive", "PositiveOrZero");
      assertThat(violations).extracting(Violation::message).allSatisfy(message -> assertThat(message)
          .as("an interpolated message").doesNotContain("{", "}", "$"));
    }
  }

  @Test
  void frenchIsTheDefaultWhateverTheJvmLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      Dossier dossier = withMeasures(new BigDecimal("-1"));
      assertThat(LdmValidation.validate(dossier)).first()
          .extracting(Violation::message).isEqualTo("un pourcentage doit être compris entre 0 et 100");
      Locale.setDefault(Locale.FRENCH);
      assertThat(LdmValidation.validate(dossier, Locale.US)).first()
          .extracting(Violation::message).isEqualTo("a percentage must be between 0 and 100");
      assertThat(LdmValidation.validate(dossier, Locale.GERMAN)).first()
          .extracting(Violation::message).isEqualTo("un pourcentage doit être compris entre 0 et 100");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void returnsEveryViolationSortedByPointer() {
    Dossier complete = SampleDossiers.complete();
    Dossier dossier = Dossier.builder().from(complete)
        .labelTitle(" Lycée des métiers de la mer")
        .addTrades("")
        .evidence(List.of(Evidence.builder().from(complete.evidence().get(0))
            .id("P 01").sha256("ABC").build()))
        .sections(List.of(CriterionSection.builder().from(complete.sections().get(0))
            .team(CriterionTeam.builder().from(complete.sections().get(0).team().get())
                .coordinator(Person.builder().lastName("x".repeat(101)).build())
                .build())
            .build()))
        .build();

    List<Violation> violations = LdmValidation.validate(dossier, Locale.ENGLISH);

    assertThat(violations).extracting(v -> v.pointer().toString()).containsExactly(
        "/evidence/0/id",
        "/evidence/0/sha256",
        "/labelTitle",
        "/sections/0/team/coordinator/lastName",
        "/trades/2");
    assertThat(violations).extracting(Violation::constraint)
        .containsExactly("Identifier", "Sha256", "Text", "Text", "Text");
    assertThat(violations.get(3).path()).isEqualTo("sections[0].team.coordinator.lastName");
    assertThat(violations.get(3).message()).contains("at most 100 characters");
    assertThat(violations.get(4).path()).isEqualTo("trades[2]");
  }

  @Test
  void theValidatorIsShared() {
    assertThat(LdmValidation.validator(Locale.FRENCH)).isSameAs(LdmValidation.validator(Locale.CANADA_FRENCH));
    assertThat(LdmValidation.validator(Locale.ENGLISH)).isSameAs(LdmValidation.validator(Locale.UK));
  }
}
