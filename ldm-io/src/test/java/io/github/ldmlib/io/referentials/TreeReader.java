package io.github.ldmlib.io.referentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ldmlib.model.conformity.RuleTailoring;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.dossier.Sector;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Actor;
import io.github.ldmlib.model.referential.AddedRequirement;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.CriterionKind;
import io.github.ldmlib.model.referential.Edition;
import io.github.ldmlib.model.referential.EvaluationDomain;
import io.github.ldmlib.model.referential.EvaluationDomainLink;
import io.github.ldmlib.model.referential.EvaluationSubDomain;
import io.github.ldmlib.model.referential.ExampleAction;
import io.github.ldmlib.model.referential.ExampleIndicator;
import io.github.ldmlib.model.referential.OperationalObjective;
import io.github.ldmlib.model.referential.ProcessParameters;
import io.github.ldmlib.model.referential.QualeducSheet;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReformMeasure;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.model.referential.StrategicAxis;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A minimal, test-only mapping of the referential and academy-profile JSON format onto the model
 * builders, so that the bundled files can be checked as model objects (Bean Validation, integrity
 * check, edition diff). The library's own reader replaces it; it makes no attempt at precise error
 * reporting.
 */
final class TreeReader {

  private TreeReader() {}

  static Referential referential(JsonNode n) {
    Referential.Builder b = Referential.builder()
        .id(n.get("id").asText())
        .title(n.get("title").asText())
        .edition(new Edition(n.get("edition").get("id").asText(), n.get("edition").get("title").asText(),
            opt(n.get("edition"), "published").map(YearMonth::parse)))
        .legalReferences(strings(n, "legalReferences"))
        .criteria(list(n, "criteria", TreeReader::criterion))
        .qualeducSheets(list(n, "qualeducSheets", s -> QualeducSheet.builder().id(s.get("id").asText())
            .title(s.get("title").asText()).family(s.get("family").asText()).build()))
        .evaluationDomains(list(n, "evaluationDomains", d -> EvaluationDomain.builder().id(d.get("id").asText())
            .title(d.get("title").asText())
            .subDomains(list(d, "subDomains", s -> EvaluationSubDomain.builder().id(s.get("id").asText())
                .title(s.get("title").asText()).build()))
            .build()))
        .dossierStructure(list(n, "dossierStructure", TreeReader::structureElement))
        .notes(strings(n, "notes"))
        .source(source(n.get("source")));
    opt(n, "effectiveDate").map(LocalDate::parse).ifPresent(b::effectiveDate);
    if (n.has("parameters")) {
      b.parameters(parameters(n.get("parameters")));
    }
    return b.build();
  }

  static AcademyProfile profile(JsonNode n) {
    AcademyProfile.Builder b = AcademyProfile.builder()
        .id(n.get("id").asText())
        .academy(n.get("academy").asText())
        .title(n.get("title").asText())
        .baseReferentialId(n.get("baseReferentialId").asText())
        .criteria(list(n, "criteria", TreeReader::criterion))
        .addedRequirements(list(n, "addedRequirements", a -> AddedRequirement.of(
            a.get("criterionId").asText(), requirement(a.get("requirement")))))
        .ruleTailorings(list(n, "ruleTailorings", t -> {
          RuleTailoring.Builder r = RuleTailoring.builder().ruleId(t.get("ruleId").asText());
          if (t.has("enabled")) {
            r.enabled(t.get("enabled").asBoolean());
          }
          opt(t, "severity").map(Severity::valueOf).ifPresent(r::severity);
          opt(t, "reason").ifPresent(r::reason);
          return r.build();
        }))
        .notes(strings(n, "notes"))
        .source(source(n.get("source")));
    opt(n, "baseEdition").ifPresent(b::baseEdition);
    return b.build();
  }

  private static Criterion criterion(JsonNode c) {
    Criterion.Builder b = Criterion.builder()
        .id(c.get("id").asText())
        .number(c.get("number").asInt())
        .title(c.get("title").asText())
        .kind(CriterionKind.valueOf(c.get("kind").asText()))
        .requirements(list(c, "requirements", TreeReader::requirement))
        .qualeducSheetIds(strings(c, "qualeducSheetIds"))
        .reformMeasures(list(c, "reformMeasures", i -> ReformMeasure.builder().id(id(i)).text(text(i))
            .group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .actors(list(c, "actors", i -> Actor.builder().id(id(i)).text(text(i))
            .group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .evaluationDomainLinks(list(c, "evaluationDomainLinks", l -> EvaluationDomainLink.builder()
            .domainId(l.get("domainId").asText()).subDomainIds(strings(l, "subDomainIds")).build()))
        .strategicAxes(list(c, "strategicAxes", i -> StrategicAxis.builder().id(id(i)).text(text(i))
            .group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .operationalObjectives(list(c, "operationalObjectives", i -> OperationalObjective.builder().id(id(i))
            .text(text(i)).group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .exampleActions(list(c, "exampleActions", i -> ExampleAction.builder().id(id(i)).text(text(i))
            .group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .exampleIndicators(list(c, "exampleIndicators", i -> ExampleIndicator.builder().id(id(i)).text(text(i))
            .group(opt(i, "group")).subItems(strings(i, "subItems")).build()))
        .notes(strings(c, "notes"))
        .source(source(c.get("source")));
    opt(c, "part").ifPresent(b::part);
    opt(c, "statement").ifPresent(b::statement);
    return b.build();
  }

  private static Requirement requirement(JsonNode r) {
    Requirement.Builder b = Requirement.builder().id(id(r)).text(text(r)).group(opt(r, "group"))
        .subItems(strings(r, "subItems")).source(source(r.get("source")));
    if (r.has("networkOnly")) {
      b.networkOnly(r.get("networkOnly").asBoolean());
    }
    return b.build();
  }

  private static StructureElement structureElement(JsonNode e) {
    StructureElement.Builder b = StructureElement.builder().id(id(e))
        .scope(StructureScope.valueOf(e.get("scope").asText()))
        .field(e.get("field").asText()).title(e.get("title").asText())
        .guidance(opt(e, "guidance")).source(source(e.get("source")));
    if (e.has("required")) {
      b.required(e.get("required").asBoolean());
    }
    return b.build();
  }

  private static ProcessParameters parameters(JsonNode p) {
    ProcessParameters.Builder b = ProcessParameters.builder();
    p.path("eligibleEstablishmentTypes").forEach(t -> b.addEligibleEstablishmentTypes(EstablishmentType.valueOf(t.asText())));
    p.path("eligibleSectors").forEach(t -> b.addEligibleSectors(Sector.valueOf(t.asText())));
    p.path("followUpAuditYears").forEach(y -> b.addFollowUpAuditYears(y.asInt()));
    bool(p, "networkCandidaturesAllowed").ifPresent(b::networkCandidaturesAllowed);
    bool(p, "studentsMustBeHeard").ifPresent(b::studentsMustBeHeard);
    bool(p, "externalPartnersMustBeHeard").ifPresent(b::externalPartnersMustBeHeard);
    bool(p, "externalMemberRecommended").ifPresent(b::externalMemberRecommended);
    bool(p, "majorGapsBlockLabel").ifPresent(b::majorGapsBlockLabel);
    integer(p, "maxAcademicCriteria").ifPresent(b::maxAcademicCriteria);
    integer(p, "auditDurationDays").ifPresent(b::auditDurationDays);
    integer(p, "auditPlanNoticeDays").ifPresent(b::auditPlanNoticeDays);
    integer(p, "dossierNoticeWeeks").ifPresent(b::dossierNoticeWeeks);
    integer(p, "reportDeadlineDays").ifPresent(b::reportDeadlineDays);
    integer(p, "minRectorateRepresentatives").ifPresent(b::minRectorateRepresentatives);
    integer(p, "minAuditors").ifPresent(b::minAuditors);
    integer(p, "minCriteriaWithImprovementAxes").ifPresent(b::minCriteriaWithImprovementAxes);
    integer(p, "minImprovementAxesPerCriterion").ifPresent(b::minImprovementAxesPerCriterion);
    integer(p, "maxImprovementAxesPerCriterion").ifPresent(b::maxImprovementAxesPerCriterion);
    integer(p, "labelValidityYears").ifPresent(b::labelValidityYears);
    integer(p, "renewalAuditYears").ifPresent(b::renewalAuditYears);
    integer(p, "auditorTrainingDays").ifPresent(b::auditorTrainingDays);
    integer(p, "minAuditsBeforeLead").ifPresent(b::minAuditsBeforeLead);
    integer(p, "minAuditsPerYear").ifPresent(b::minAuditsPerYear);
    integer(p, "maxYearsWithoutAudit").ifPresent(b::maxYearsWithoutAudit);
    if (p.has("continuingTrainingDaysPerYear")) {
      b.continuingTrainingDaysPerYear(p.get("continuingTrainingDaysPerYear").decimalValue());
    }
    return b.build();
  }

  private static SourceRef source(JsonNode s) {
    return new SourceRef(s.get("document").asText(), opt(s, "edition"), s.get("section").asText());
  }

  private static String id(JsonNode n) {
    return n.get("id").asText();
  }

  private static String text(JsonNode n) {
    return n.get("text").asText();
  }

  private static Optional<String> opt(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
  }

  private static Optional<Boolean> bool(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asBoolean()) : Optional.empty();
  }

  private static Optional<Integer> integer(JsonNode n, String field) {
    return n.has(field) ? Optional.of(n.get(field).asInt()) : Optional.empty();
  }

  private static List<String> strings(JsonNode n, String field) {
    return list(n, field, JsonNode::asText);
  }

  private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    n.path(field).forEach(e -> out.add(f.apply(e)));
    return out;
  }
}
