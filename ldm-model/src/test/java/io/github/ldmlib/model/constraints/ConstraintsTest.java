package io.github.ldmlib.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.internal.IdentifierValidator;
import io.github.ldmlib.model.internal.SchoolYearValidator;
import io.github.ldmlib.model.internal.Sha256Validator;
import io.github.ldmlib.model.internal.TextValidator;
import io.github.ldmlib.model.internal.UaiValidator;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConstraintsTest {

  /** A host application's own bean, using the constraints on plain strings. */
  record HostSchool(@ValidUai String uai, @ValidSchoolYear String year, @Identifier String ref,
      @Sha256 String digest, @Text(max = 10) String name) {}

  private static List<String> invalidProperties(Object bean) {
    return LdmValidation.validate(bean, Locale.ENGLISH).stream().map(Violation::path).toList();
  }

  @Test
  void stringConstraintsAcceptValidValuesAndNull() {
    assertThat(invalidProperties(new HostSchool("0750654D", "2024-2025", "C4.R3", "0".repeat(64), "Lycée")))
        .isEmpty();
    assertThat(invalidProperties(new HostSchool(null, null, null, null, null))).isEmpty();
  }

  @Test
  void stringConstraintsRejectInvalidValues() {
    HostSchool bad = new HostSchool("0750654A", "2024-2026", "C4 R3", "0".repeat(63), "Lycée Victor Hugo");
    List<Violation> violations = LdmValidation.validate(bad, Locale.ENGLISH);
    assertThat(violations).extracting(Violation::path)
        .containsExactly("digest", "name", "ref", "uai", "year");
    assertThat(violations).extracting(Violation::message).containsExactly(
        "must be a SHA-256 digest of 64 lower-case hexadecimal digits",
        "must be a non-blank text without leading or trailing white space or control characters, at most 10 characters long",
        "must be an identifier of 1 to 64 characters (letters, digits, '.', '-', '_') starting with a letter or digit",
        "must be a valid UAI code (7 digits followed by the check letter)",
        "must be a school year such as YYYY-YYYY (two consecutive years)");
    assertThat(LdmValidation.validate(bad)).extracting(Violation::message).contains(
        "doit être un code UAI valide (7 chiffres suivis de la lettre clé)");
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Claire", true),
        Arguments.of("Éa d'Aùbï", true),
        Arguments.of("l1\nl2\tfin", true),
        Arguments.of("😀".repeat(10), true), // ten code points, twenty chars
        Arguments.of("😀".repeat(11), false),
        Arguments.of("", false),
        Arguments.of("   ", false),
        Arguments.of(" Claire", false),
        Arguments.of("Claire ", false),
        Arguments.of("Claire\u00A0", false), // no-break space
        Arguments.of("Cla\u0000ire", false),
        Arguments.of("Cla\u001Bire", false),
        Arguments.of("Cla\uD800ire", false), // lone surrogate
        Arguments.of("x".repeat(11), false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void textMeansNonBlankTrimmedPrintableAndBounded(String value, boolean valid) {
    assertThat(TextValidator.isText(value, 10)).isEqualTo(valid);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C4", "C4.R3", "ldm-national-2023", "P_01", "3.12", "a"})
  void identifiers(String id) {
    assertThat(Identifiers.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".C4", "-x", "C 4", "C4/R3", "é", "C4\n"})
  void notIdentifiers(String id) {
    assertThat(Identifiers.isValid(id)).isFalse();
  }

  @Test
  void validatorsNeverThrowOnOddInput() {
    List<String> odd = List.of("", "\u0000", "\uD800", "\uFFFF", "😀", "x".repeat(5_000_000), " ", "\n");
    for (String value : odd) {
      assertThat(new UaiValidator().isValid(value, null)).isFalse();
      assertThat(new SchoolYearValidator().isValid(value, null)).isFalse();
      assertThat(new IdentifierValidator().isValid(value, null)).isEqualTo(Identifiers.isValid(value));
      assertThat(new Sha256Validator().isValid(value, null)).isFalse();
      assertThat(TextValidator.isText(value, Text.PARAGRAPH)).isIn(true, false);
    }
    assertThat(new UaiValidator().isValid(null, null)).isTrue();
    assertThat(TextValidator.isText("x".repeat(5_000_000), Text.PARAGRAPH)).isFalse();
  }

  @Test
  void constraintsInsideOptionalsListsAndOptionalIntsAreEnforced() {
    Person person = Person.builder().lastName("Martin").firstName(" Claire").function("").build();
    assertThat(invalidProperties(person)).containsExactly("firstName", "function");

    Action action = Action.builder().title("Action").durationYears(0).addRequirementIds("C4 R3")
        .addEvidenceIds("P-01", "P/02").build();
    assertThat(invalidProperties(action)).containsExactly("durationYears", "evidenceIds[1]", "requirementIds[0]");

    ProcessParameters parameters = ProcessParameters.builder().auditPlanNoticeDays(-1)
        .addFollowUpAuditYears(1, 0).continuingTrainingDaysPerYear(new BigDecimal("-0.5")).build();
    assertThat(invalidProperties(parameters))
        .containsExactly("auditPlanNoticeDays", "continuingTrainingDaysPerYear", "followUpAuditYears[1]");
  }

  static Stream<Arguments> unitFits() {
    return Stream.of(
        Arguments.of(IndicatorUnit.PERCENT, "0", true),
        Arguments.of(IndicatorUnit.PERCENT, "100", true),
        Arguments.of(IndicatorUnit.PERCENT, "100.01", false),
        Arguments.of(IndicatorUnit.PERCENT, "-0.1", false),
        Arguments.of(IndicatorUnit.COUNT, "12", true),
        Arguments.of(IndicatorUnit.COUNT, "12.00", true),
        Arguments.of(IndicatorUnit.COUNT, "1.2E+3", true),
        Arguments.of(IndicatorUnit.COUNT, "12.5", false),
        Arguments.of(IndicatorUnit.COUNT, "-1", false),
        Arguments.of(IndicatorUnit.EURO, "1500.50", true),
        Arguments.of(IndicatorUnit.EURO, "-1", false),
        Arguments.of(IndicatorUnit.HOURS, "-2", false),
        Arguments.of(IndicatorUnit.NUMBER, "-2.5", true));
  }

  @ParameterizedTest
  @MethodSource("unitFits")
  void measuresMustFitTheUnit(IndicatorUnit unit, String value, boolean valid) {
    Indicator indicator = Indicator.builder().label("Indicateur").unit(unit).direction(Direction.HIGHER_IS_BETTER)
        .addMeasures(Measure.of(SchoolYear.of(2024), Milestone.START, new BigDecimal(value)))
        .target(new BigDecimal(value))
        .build();
    assertThat(invalidProperties(indicator))
        .isEqualTo(valid ? List.of() : List.of("measures[0].value", "target"));
  }
}
