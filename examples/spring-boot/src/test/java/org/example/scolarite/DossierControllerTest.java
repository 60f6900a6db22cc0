package org.example.scolarite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.IndicatorUnit;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.test.DossierFixture;
import io.github.ldmlib.test.DossierFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The application as a client sees it, through the whole Spring MVC stack: the starter's
 * converter, Spring's validator behind {@code @Valid}, the starter's problem+json answers.
 */
@SpringBootTest
class DossierControllerTest {

  private static final LdmJson JSON = LdmJson.defaults();

  /** A dossier that nothing blocks, for the referential of application.properties. */
  private static final DossierFixture FIXTURE =
      DossierFixtures.conforming(Referentials.load("ldm-national-2023", "2026-01"));

  @Autowired
  private WebApplicationContext context;

  @Autowired
  private Checker<Dossier> checker;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  private static String json(Dossier dossier) {
    return JSON.writeString(dossier);
  }

  @Test
  void aValidDossierGetsItsConformityReport() throws Exception {
    Dossier dossier = FIXTURE.dossier();
    byte[] body = mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON).content(json(dossier)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/json;charset=UTF-8"))
        .andReturn().getResponse().getContentAsByteArray();
    ConformityReport expected = checker.check(dossier, Locale.FRENCH);
    assertThat(new String(body, StandardCharsets.UTF_8)).as("the format's exact bytes").isEqualTo(JSON.writeString(expected));
    assertThat(JSON.read(ConformityReport.class, new String(body, StandardCharsets.UTF_8)).readyForAudit()).isTrue();
  }

  @Test
  void badJsonIs400ProblemJsonWithLineColumnAndPointer() throws Exception {
    String text = json(FIXTURE.dossier());
    String[] lines = text.split("\n", -1);
    int line = 0;
    while (!lines[line].contains("\"labelTitle\"")) {
      line++;
    }
    lines[line] = "  \"labelTitle\": 12,";
    String broken = String.join("\n", lines);
    mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON).content(broken))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.problem").value("WRONG_TYPE"))
        .andExpect(jsonPath("$.line").value(line + 1))
        .andExpect(jsonPath("$.column").value(lines[line].indexOf("12") + 1))
        .andExpect(jsonPath("$.pointer").value("/labelTitle"));

    mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON)
            .content("{\n  \"formatVersion\": \"1.0\",\n  \"kind\": \"dossier\",,\n}\n"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problem").value("MALFORMED_JSON"))
        .andExpect(jsonPath("$.line").value(3))
        .andExpect(jsonPath("$.column").value(21))
        .andExpect(jsonPath("$.pointer").value("/kind"));
  }

  /** The conforming dossier, its first measure of the first criterion's first action made a percentage of 140. */
  private static Dossier withPercentageOf140() {
    String criterion = FIXTURE.dossier().sections().get(0).criterionId();
    return FIXTURE.withFirstAction(criterion, action -> {
      Objective objective = action.objectives().get(0);
      Indicator indicator = objective.indicators().get(0);
      List<Measure> measures = new ArrayList<>(indicator.measures());
      Measure first = measures.get(0);
      measures.set(0, Measure.of(first.schoolYear(), first.milestone(), new BigDecimal("140")));
      Indicator percent = Indicator.builder().from(indicator).unit(IndicatorUnit.PERCENT).measures(measures).build();
      List<Objective> objectives = new ArrayList<>(action.objectives());
      objectives.set(0, Objective.builder().from(objective).indicators(List.of(percent)).build());
      return Action.builder().from(action).objectives(objectives).build();
    }).dossier();
  }

  @Test
  void anInvalidValueIs400WithTheViolationsPointerThroughPlainValid() throws Exception {
    Dossier dossier = withPercentageOf140();
    List<Violation> expected = LdmValidation.validate(dossier);
    assertThat(expected).hasSize(1);
    String pointer = expected.get(0).pointer().toString();
    assertThat(pointer).endsWith("/measures/0/value");
    mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON).content(json(dossier)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.violations.length()").value(1))
        .andExpect(jsonPath("$.violations[0].pointer").value(pointer))
        .andExpect(jsonPath("$.violations[0].code").value("MeasuresFitUnit"))
        .andExpect(jsonPath("$.violations[0].message").value("un pourcentage doit être compris entre 0 et 100"));
    mvc.perform(post("/dossiers/check").contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.ACCEPT_LANGUAGE, "en").content(json(dossier)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].pointer").value(pointer))
        .andExpect(jsonPath("$.violations[0].message").value("a percentage must be between 0 and 100"));
  }

  @Test
  void throughSpringsMethodValidationTheViolationHasTheSamePointer() throws Exception {
    Dossier dossier = withPercentageOf140();
    String pointer = LdmValidation.validate(dossier).get(0).pointer().toString();
    mvc.perform(put("/dossiers/calanques").contentType(MediaType.APPLICATION_JSON).content(json(dossier)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.violations.length()").value(1))
        .andExpect(jsonPath("$.violations[0].pointer").value(pointer))
        .andExpect(jsonPath("$.violations[0].code").value("MeasuresFitUnit"));
    mvc.perform(put("/dossiers/not an id!").contentType(MediaType.APPLICATION_JSON).content(json(FIXTURE.dossier())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations").doesNotExist());
  }

  @Test
  void aDossierThatCannotGoToAuditIs422WithTheBlockingFindings() throws Exception {
    mvc.perform(post("/dossiers/submit").contentType(MediaType.APPLICATION_JSON).content(json(FIXTURE.dossier())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.readyForAudit").value(true));
    DossierFixture withoutSection = FIXTURE.withoutSection(FIXTURE.dossier().sections().get(0).criterionId());
    ConformityReport report = withoutSection.check();
    assertThat(report.readyForAudit()).isFalse();
    mvc.perform(post("/dossiers/submit").contentType(MediaType.APPLICATION_JSON).content(json(withoutSection.dossier())))
        .andExpect(status().is(422))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:ldm:problem:blocking-findings"))
        .andExpect(jsonPath("$.findings[0].severity").value("NOT_SUBMITTABLE"))
        .andExpect(jsonPath("$.findings[0].ruleId").value(report.findings().stream()
            .filter(f -> f.severity().name().equals("NOT_SUBMITTABLE")).findFirst().orElseThrow().ruleId()));
  }

  @Test
  void theHtmlReportIsRenderedByLdmReport() throws Exception {
    Dossier dossier = FIXTURE.withoutCoordinator(FIXTURE.dossier().sections().get(0).criterionId()).dossier();
    String posted = mvc.perform(post("/dossiers/report.html").contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").content(json(dossier)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(posted).startsWith("<!DOCTYPE html>").contains("LDM-D-020");

    mvc.perform(put("/dossiers/calanques").contentType(MediaType.APPLICATION_JSON).content(json(dossier)))
        .andExpect(status().isNoContent());
    mvc.perform(get("/dossiers/calanques"))
        .andExpect(status().isOk())
        .andExpect(content().string(json(dossier)));
    String stored = mvc.perform(get("/dossiers/calanques/report.html").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(stored).isEqualTo(posted);
    mvc.perform(get("/dossiers/nowhere/report.html")).andExpect(status().isNotFound());
  }
}
