package io.github.ldmlib.test;

import static io.github.ldmlib.model.conformity.Severity.TO_COMPLETE;
import static io.github.ldmlib.test.LdmAssertions.assertThat;
import static io.github.ldmlib.test.LdmAssertions.assertThatThrownBy;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.BuiltInRules;
import io.github.ldmlib.rules.Rule;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule assertion passes when it should, and fails saying what the rule did. */
class RuleAssertTest {

  static final DossierFixture FIXTURE = DossierFixtures.conforming(TestData.NATIONAL_2026);
  static final String SUBJECT = FIXTURE.dossier().establishment().name()
      + " (ldm-national-2023@2026-01, as of 2026-03-16, CANDIDATURE)";

  @Test
  void isWellDefined() {
    assertThat(KitRules.COORDINATOR).isWellDefined();
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-020").orElseThrow()).isWellDefined();
    assertThatThrownBy(() -> assertThat(KitRules.NO_TITLE).isWellDefined())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expecting rule " + KitRules.NO_TITLE.getClass().getName() + " to be well defined,\n"
            + "but a checker refuses it:\n- rule KIT-004 (")
        .hasMessageContaining("no entry KIT-004.title in the French messages of MessageSource[bundle io.github.ldmlib.test.kitrules]");
    assertThatThrownBy(() -> assertThat(KitRules.RESERVED_ID).isWellDefined())
        .hasMessageContaining("ids starting with LDM- are reserved for the built-in rules");
  }

  @Test
  void flagsAFixture() {
    assertThat(KitRules.COORDINATOR).flags(FIXTURE.withoutCoordinator("C5"))
        .at(JsonPointer.parse("/sections/4/team/coordinator")).withSeverity(TO_COMPLETE).onCriterion("C5").exactly(1);
    assertThatThrownBy(() -> assertThat(KitRules.COORDINATOR).flags(FIXTURE))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting rule KIT-001 to flag the dossier of " + SUBJECT + ",\nbut it accepts it.");
  }

  @Test
  void theFlagsCanBeNarrowedAndFailListingTheRulesFindings() {
    DossierFixture defective = FIXTURE.withoutCoordinator("C5");

    assertThatThrownBy(() -> assertThat(KitRules.COORDINATOR).flags(defective).at(JsonPointer.parse("/sections/3/team/coordinator")))
        .hasMessage("Expecting the findings of rule KIT-001 on the dossier of " + SUBJECT + "\n"
            + "to have a finding of rule KIT-001 at /sections/3/team/coordinator,\nbut it has none.\n"
            + "Its findings (1):\n  KIT-001 TO_COMPLETE /sections/4/team/coordinator: "
            + "La section du critère C5 ne nomme pas de coordonnateur.");
  }

  @Test
  void acceptsAFixture() {
    assertThat(KitRules.COORDINATOR).accepts(FIXTURE);
    assertThatThrownBy(() -> assertThat(KitRules.COORDINATOR).accepts(FIXTURE.withoutCoordinator("C1")))
        .hasMessage("Expecting rule KIT-001 to accept the dossier of " + SUBJECT + ",\nbut it flags it.\n"
            + "Its findings (1):\n  KIT-001 TO_COMPLETE /sections/0/team/coordinator: "
            + "La section du critère C1 ne nomme pas de coordonnateur.");
  }

  @Test
  void aBuiltInRuleRunsAlone() {
    Rule<Dossier> coordinator = BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-020").orElseThrow();
    DossierFixture defective = FIXTURE.withoutCoordinator("C2").withMeasureInTheFuture("C3");

    assertThat(coordinator).flags(defective).at(JsonPointer.parse("/sections/1/team/coordinator")).withSeverity(TO_COMPLETE).exactly(1);
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-003").orElseThrow()).accepts(defective);
  }

  @Test
  void aBareDossierIsCheckedWithTheBundledReferentialItNamesAsOfItsSubmission() {
    Dossier dossier = FIXTURE.withoutCoordinator("C8").dossier();

    assertThat(KitRules.COORDINATOR).flags(dossier).at(JsonPointer.parse("/sections/7/team/coordinator")).exactly(1);
    assertThat(KitRules.COORDINATOR).accepts(FIXTURE.dossier());
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-006").orElseThrow()).atStage(Stage.RENEWAL).flags(FIXTURE.dossier())
        .at(JsonPointer.parse("/dossierKind")).exactly(1);
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-052").orElseThrow()).asOf(LocalDate.of(2023, 1, 9)).flags(FIXTURE.dossier());
    assertThat(BuiltInRules.byId(DocumentKind.DOSSIER, "LDM-D-070").orElseThrow()).against(TestData.AIX_2012)
        .accepts(DossierFixtures.conforming(TestData.AIX_2012).dossier());
  }

  @Test
  void aBareDossierWithoutDateOrBundledReferential() {
    Dossier undated = Dossier.builder().from(FIXTURE.dossier()).submissionDate(Optional.empty()).build();
    assertThatThrownBy(() -> assertThat(KitRules.COORDINATOR).accepts(undated))
        .hasMessage("Cannot check with rule KIT-001 the dossier of " + FIXTURE.dossier().establishment().name()
            + ": it has no date of its own (a dossier's submission date, an audit file's audit day); say as of"
            + " which date with asOf(LocalDate)");
    assertThat(KitRules.COORDINATOR).asOf(LocalDate.of(2026, 3, 16)).accepts(undated);

    Dossier unknown = Dossier.builder().from(FIXTURE.dossier()).referentialId("academie-inconnue").build();
    assertThatThrownBy(() -> assertThat(KitRules.COORDINATOR).accepts(unknown))
        .hasMessageStartingWith("Cannot check with rule KIT-001 the dossier of " + FIXTURE.dossier().establishment().name()
            + ": No bundled referential academie-inconnue@2026-01; bundled: ")
        .hasMessageEndingWith("; give the referential with against(Referential)");
  }

  @Test
  void messagesInEnglish() {
    assertThat(KitRules.COORDINATOR).inLanguage(Locale.ENGLISH).flags(FIXTURE.withoutCoordinator("C5"))
        .withMessageContaining("The section of criterion C5 names no coordinator.");
  }

  @Test
  void aRuleThatCannotBeAppliedFailsBothWays() {
    assertThatThrownBy(() -> assertThat(KitRules.THROWS).accepts(FIXTURE))
        .hasMessageStartingWith("Expecting rule KIT-002 to check the dossier of " + SUBJECT + ",\nbut it could not be applied: ")
        .hasMessageContaining("boom");
    assertThatThrownBy(() -> assertThat(KitRules.THROWS).flags(FIXTURE))
        .hasMessageContaining("but it could not be applied: ");
    assertThatThrownBy(() -> assertThat(KitRules.WRONG_PLACE).flags(FIXTURE))
        .hasMessageContaining("but it could not be applied: ")
        .hasMessageContaining("/sections/99/diagnosis");
  }
}
