package io.github.ldmlib.model.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.dossier.Direction;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Milestone;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's 30-second example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void thirtySecondExample() {
    // --- README: model example ---
    Uai uai = Uai.parse("0750654D");                 // check letter verified
    SchoolYear n = SchoolYear.parse("2024-2025");

    Indicator absenteeism = Indicator.builder()
        .label("Taux d'absentéisme en PFMP")
        .unit(IndicatorUnit.PERCENT)
        .direction(Direction.LOWER_IS_BETTER)
        .addMeasures(Measure.of(n, Milestone.START, new BigDecimal("18")))
        .addMeasures(Measure.of(n.plusYears(3), Milestone.FOLLOW_UP, new BigDecimal("140")))
        .build();

    List<Violation> violations = LdmValidation.validate(absenteeism);
    violations.forEach(v -> System.out.println(v.pointer() + " : " + v.message()));
    // /measures/1/value : un pourcentage doit être compris entre 0 et 100
    // --- end ---

    assertThat(uai.number()).isEqualTo("0750654");
    assertThat(violations).extracting(v -> v.pointer() + " : " + v.message())
        .containsExactly("/measures/1/value : un pourcentage doit être compris entre 0 et 100");
  }
}
