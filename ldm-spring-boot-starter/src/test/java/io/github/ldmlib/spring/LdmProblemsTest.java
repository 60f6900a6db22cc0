package io.github.ldmlib.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ldmlib.io.LdmFormatException;
import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.Checker;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class LdmProblemsTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void aFormatErrorSaysWhatAndWhere() {
    LdmFormatException error = org.assertj.core.api.Assertions.catchThrowableOfType(LdmFormatException.class,
        () -> LdmJson.defaults().read(Dossier.class, "{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"dossier\",,\n}"));
    ProblemDetail problem = LdmProblems.of(error);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(URI.create(LdmProblems.FORMAT_TYPE));
    assertThat(problem.getDetail()).isEqualTo(error.detail());
    assertThat(problem.getProperties()).containsEntry("problem", "MALFORMED_JSON")
        .containsEntry("line", 3L).containsEntry("column", error.column()).containsEntry("pointer", error.pointer().toString());
  }

  @Test
  void violationsKeepTheirPointersCodesAndMessages() throws Exception {
    Dossier dossier = LdmJson.defaults().read(Dossier.class, EXAMPLES.resolve("defective/percentage-over-100.json"));
    List<Violation> violations = LdmValidation.validate(dossier);
    ProblemDetail problem = LdmProblems.of(violations);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).isEqualTo(URI.create(LdmProblems.VIOLATIONS_TYPE));
    assertThat((List<?>) problem.getProperties().get("violations")).hasSameSizeAs(violations).first()
        .isEqualTo(Map.of("pointer", violations.get(0).pointer().toString(),
            "code", "MeasuresFitUnit", "message", "un pourcentage doit être compris entre 0 et 100"));
    assertThatThrownBy(() -> LdmProblems.of(List.<Violation>of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyBlockingFindingsMakeAProblem() throws Exception {
    Checker<Dossier> checker = Checker.of(Referentials.load("ldm-national-2023", "2026-01"));
    ConformityReport fine = checker.check(LdmJson.defaults().read(Dossier.class, EXAMPLES.resolve("dossier-complete.json")));
    assertThat(fine.readyForAudit()).isTrue();
    assertThat(LdmProblems.blocking(fine)).isEmpty();

    ConformityReport blocked = checker.check(LdmJson.defaults().read(Dossier.class,
        EXAMPLES.resolve("defective/section-without-coordinator.json")));
    long blocking = blocked.findings().stream().filter(f -> f.severity() == Severity.NOT_SUBMITTABLE).count();
    assertThat(blocking).isPositive().isLessThan(blocked.findings().size());
    ProblemDetail problem = LdmProblems.blocking(blocked).orElseThrow();
    assertThat(problem.getStatus()).isEqualTo(422);
    assertThat(problem.getProperties()).containsEntry("verdict", blocked.verdict().name());
    List<?> findings = (List<?>) problem.getProperties().get("findings");
    assertThat(findings).hasSize((int) blocking).allSatisfy(f -> {
      assertThat(((Map<?, ?>) f).get("severity")).isEqualTo("NOT_SUBMITTABLE");
      assertThat(List.copyOf(((Map<?, ?>) f).keySet())).isEqualTo(List.of("ruleId", "severity", "pointer", "message"));
    });
  }
}
