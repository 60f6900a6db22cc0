package io.github.ldmlib.rules.internal;

import static io.github.ldmlib.model.conformity.Severity.MAJOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.MINOR_GAP;
import static io.github.ldmlib.model.conformity.Severity.OBSERVATION;
import static io.github.ldmlib.rules.internal.Audits.DASHBOARD;
import static io.github.ldmlib.rules.internal.Audits.DECISION;
import static io.github.ldmlib.rules.internal.Audits.LABEL_RECORD;
import static io.github.ldmlib.rules.internal.Audits.NEXT_DASHBOARD;
import static io.github.ldmlib.rules.internal.Audits.PLAN;
import static io.github.ldmlib.rules.internal.Audits.PREVIOUS_SUMMARY;
import static io.github.ldmlib.rules.internal.Audits.SUMMARY;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.Uai;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.DashboardEntry;
import io.github.ldmlib.model.audit.Gap;
import io.github.ldmlib.model.audit.ImprovementAxis;
import io.github.ldmlib.model.audit.Interviewee;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.Remark;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.model.validation.Violation;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.internal.Audits.Doc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Audit rules on the audit file as a whole: well-formedness, the referential, how the documents
 * agree and follow one another, unique ids and references.
 */
final class AuditFileRules {

  private AuditFileRules() {}

  static final Rule<AuditFile> WELL_FORMED = Catalogue.audit("LDM-A-001", MAJOR_GAP)
      .citing("the model's constraints")
      .checks("The audit file is well-formed: every Bean Validation constraint of the model holds in each of "
          + "its documents (texts, identifiers, UAI codes, a gap's severity `MAJOR_GAP` or `MINOR_GAP`, training "
          + "days, an interviewee who names a person or a group). One finding per violation, at its pointer; the "
          + "message is the constraint's, in the report's language.")
      .grade("The source is silent: well-formedness is the model's own. MAJOR_GAP and not a milder grade, "
          + "because every other rule reads the file: a malformed file cannot be checked with trust, which is also "
          + "why no tailoring may change this rule.")
      .check(AuditFileRules::wellFormed);

  static final Rule<AuditFile> SAME_REFERENTIAL = Catalogue.audit("LDM-A-002", MAJOR_GAP)
      .citing("the library itself")
      .checks("The plan, the dashboard, the summary and the decision were drawn up for the referential the "
          + "audit is checked against (`referentialId`). The previous summary and the next dashboard may "
          + "belong to another referential and are not checked.")
      .reads("referential id")
      .grade("The source is silent: which referential a document answers is the library's bookkeeping. MAJOR_GAP "
          + "and not a milder grade: a document drawn up against other criteria cannot be judged against these, "
          + "so no other finding on it can be trusted; no tailoring may change this rule.")
      .check(AuditFileRules::sameReferential);

  static final Rule<AuditFile> SAME_EDITION = Catalogue.audit("LDM-A-003", OBSERVATION)
      .citing("the library itself")
      .checks("When the plan, the dashboard, the summary or the decision names the edition of its referential, "
          + "it is the edition the audit is checked against.")
      .reads("referential edition")
      .grade("The source is silent: editions are the library's record of the guide's versions. OBSERVATION, the "
          + "milder grade: the referential is the same and two editions of it differ little (the 2024 and 2026 "
          + "guides keep the same 8 criteria), so the document is still checked.")
      .check(AuditFileRules::sameEdition);

  static final Rule<AuditFile> DOCUMENTS_AGREE = Catalogue.audit("LDM-A-004", MAJOR_GAP)
      .citing("the library itself")
      .checks("The plan, the dashboard and the summary are those of one audit: they name the same "
          + "establishment (UAI), the same stage and the same audit date. Each is compared with the first "
          + "present of plan, dashboard, summary; the finding lies on the field that differs.")
      .grade("The source is silent: that the plan, dashboard and summary are those of one audit is the model's own "
          + "consistency. MAJOR_GAP and not a milder grade: rules that read them together would conclude on facts "
          + "of different audits.")
      .check(AuditFileRules::documentsAgree);

  static final Rule<AuditFile> SAME_ESTABLISHMENT = Catalogue.audit("LDM-A-005", MAJOR_GAP)
      .citing("the library itself")
      .checks("Every document of the file concerns the audited establishment: the decision, the label record, "
          + "each decision the record holds, the previous summary and the next dashboard name the UAI of the "
          + "audit (that of the first audit document, else of the decision, else of the record).")
      .grade("The source is silent: that every document concerns the audited establishment is the model's own "
          + "consistency. MAJOR_GAP and not a milder grade: a decision, record or summary of another school "
          + "would make the label's history and follow-up rules conclude on the wrong establishment.")
      .check(AuditFileRules::sameEstablishment);

  static final Rule<AuditFile> CHRONOLOGY = Catalogue.audit("LDM-A-006", MINOR_GAP)
      .citing("the library itself")
      .checks("The documents follow one another in time: the previous summary's audit precedes this audit, "
          + "the next dashboard's audit follows it, and a decision does not precede the candidature or "
          + "renewal audit it rests on (at a follow-up audit, the decision in the file is the earlier grant).")
      .grade("The source is silent on dates between documents: the 2012 note orders the steps (4/ audit, 5/ report, "
          + "6/ labellisation, 7/ follow-up) but states no rule on their dates, so this is the model's own "
          + "consistency. MINOR_GAP, the milder gap: a date out of order is to be corrected and does not by "
          + "itself put the audit in question.")
      .check(AuditFileRules::chronology);

  static final Rule<AuditFile> UNIQUE_IDS = Catalogue.audit("LDM-A-007", MINOR_GAP)
      .citing("the library itself")
      .checks("Ids are unique where they are cited: gap ids and improvement axis ids within each summary "
          + "(this audit's and the previous one's), auditor ids within the auditor pool. The second and later "
          + "uses of an id are findings.")
      .grade("The source is silent: ids are the model's own. MINOR_GAP, the milder gap: a repeated id is to be "
          + "corrected, and only makes references to it ambiguous.")
      .check(AuditFileRules::uniqueIds);

  static final Rule<AuditFile> REFERENTIAL_REFERENCES = Catalogue.audit("LDM-A-008", MINOR_GAP)
      .citing("the library itself")
      .checks("The criteria and requirements that the plan's interviewees, the dashboard's entries and the "
          + "summary's remarks, gaps and improvement axes cite exist in the referential, and a requirement "
          + "belongs to the criterion cited with it.")
      .reads("criteria, requirements")
      .grade("The source is silent: that references to criteria and requirements resolve is the model's own "
          + "consistency. MINOR_GAP, the milder gap: the reference is to be corrected; the rest of the file can "
          + "still be checked.")
      .check(AuditFileRules::referentialReferences);

  static final Rule<AuditFile> FILE_REFERENCES = Catalogue.audit("LDM-A-009", MINOR_GAP)
      .citing("the library itself")
      .checks("References between the documents resolve: the gaps an improvement axis addresses are gaps of "
          + "its summary; the gaps and axes a dashboard entry re-assesses are those of the earlier audit's "
          + "summary (this audit's dashboard against the previous summary, the next dashboard against this "
          + "summary), when the file holds that summary. Team members' auditor ids are LDM-A-029's.")
      .grade("The source is silent: that references between documents resolve is the model's own consistency. "
          + "MINOR_GAP, the milder gap: the reference is to be corrected; the rest of the file can still be "
          + "checked.")
      .check(AuditFileRules::fileReferences);

  private static void wellFormed(CheckContext<AuditFile> context, FindingSink findings) {
    for (Violation v : io.github.ldmlib.model.validation.LdmValidation.validate(context.document(), context.language())) {
      findings.report(v.pointer(), "violation", v.message(), v.constraint());
    }
  }

  /** The plan, dashboard, summary and decision, with their referential id and edition. */
  private record Stated(String key, String referentialId, Optional<String> edition) {}

  private static List<Stated> stated(AuditFile file) {
    List<Stated> docs = new ArrayList<>();
    for (Doc<AuditDocument> d : Audits.auditDocuments(file)) {
      docs.add(new Stated(d.key(), d.document().referentialId(), d.document().referentialEdition()));
    }
    file.decision().ifPresent(d -> docs.add(new Stated(DECISION, d.referentialId(), d.referentialEdition())));
    return docs;
  }

  private static void sameReferential(CheckContext<AuditFile> context, FindingSink findings) {
    Referential r = context.referential();
    for (Stated d : stated(context.document())) {
      if (!d.referentialId().equals(r.id())) {
        findings.report(Pointers.of(d.key(), "referentialId"), "otherReferential",
            Audits.name(d.key(), context.language()), d.referentialId(), r.id());
      }
    }
  }

  private static void sameEdition(CheckContext<AuditFile> context, FindingSink findings) {
    String checked = context.referential().edition().id();
    for (Stated d : stated(context.document())) {
      d.edition().filter(e -> !e.equals(checked)).ifPresent(e -> findings.report(
          Pointers.of(d.key(), "referentialEdition"), "otherEdition", Audits.name(d.key(), context.language()), e, checked));
    }
  }

  private static void documentsAgree(CheckContext<AuditFile> context, FindingSink findings) {
    List<Doc<AuditDocument>> docs = Audits.auditDocuments(context.document());
    if (docs.isEmpty()) {
      return;
    }
    Locale lang = context.language();
    Doc<AuditDocument> first = docs.get(0);
    AuditDocument ref = first.document();
    for (Doc<AuditDocument> d : docs.subList(1, docs.size())) {
      AuditDocument doc = d.document();
      String self = Audits.name(d.key(), lang);
      String other = Audits.name(first.key(), lang);
      if (!doc.uai().equals(ref.uai())) {
        findings.report(Pointers.of(d.key(), "uai"), "otherUai", self, doc.uai(), other, ref.uai());
      }
      if (doc.stage() != ref.stage()) {
        findings.report(Pointers.of(d.key(), "stage"), "otherStage",
            self, Audits.name(doc.stage(), lang), other, Audits.name(ref.stage(), lang));
      }
      if (!doc.auditDate().equals(ref.auditDate())) {
        findings.report(Pointers.of(d.key(), "auditDate"), "otherDate", self, doc.auditDate(), other, ref.auditDate());
      }
    }
  }

  private static void sameEstablishment(CheckContext<AuditFile> context, FindingSink findings) {
    AuditFile file = context.document();
    Optional<Uai> audited = file.uai();
    if (audited.isEmpty()) {
      return;
    }
    Uai uai = audited.get();
    Locale lang = context.language();
    List<Doc<Uai>> others = new ArrayList<>();
    file.decision().ifPresent(d -> others.add(new Doc<>(DECISION, d.uai())));
    file.labelRecord().ifPresent(r -> others.add(new Doc<>(LABEL_RECORD, r.uai())));
    file.previousSummary().ifPresent(s -> others.add(new Doc<>(PREVIOUS_SUMMARY, s.uai())));
    file.nextDashboard().ifPresent(d -> others.add(new Doc<>(NEXT_DASHBOARD, d.uai())));
    for (Doc<Uai> d : others) {
      if (!d.document().equals(uai)) {
        findings.report(Pointers.of(d.key(), "uai"), "otherUai", Audits.name(d.key(), lang), d.document(), uai);
      }
    }
    file.labelRecord().ifPresent(r -> {
      List<LabelDecision> decisions = r.decisions();
      for (int i = 0; i < decisions.size(); i++) {
        if (!decisions.get(i).uai().equals(uai)) {
          findings.report(Pointers.of(LABEL_RECORD, "decisions", i, "uai"), "otherUai",
              Audits.name("recordDecision", lang), decisions.get(i).uai(), uai);
        }
      }
    });
  }

  private static void chronology(CheckContext<AuditFile> context, FindingSink findings) {
    AuditFile file = context.document();
    Optional<LocalDate> date = file.auditDate();
    if (date.isEmpty()) {
      return;
    }
    LocalDate audit = date.get();
    file.previousSummary().filter(s -> !s.auditDate().isBefore(audit)).ifPresent(s ->
        findings.report(Pointers.of(PREVIOUS_SUMMARY, "auditDate"), "previousNotBefore", s.auditDate(), audit));
    file.nextDashboard().filter(d -> !d.auditDate().isAfter(audit)).ifPresent(d ->
        findings.report(Pointers.of(NEXT_DASHBOARD, "auditDate"), "nextNotAfter", d.auditDate(), audit));
    Stage stage = file.stage().orElseThrow();
    if (stage == Stage.CANDIDATURE || stage == Stage.RENEWAL) {
      file.decision().filter(d -> d.date().isBefore(audit)).ifPresent(d ->
          findings.report(Pointers.of(DECISION, "date"), "decisionBeforeAudit", d.date(), audit));
    }
  }

  private static <T> void unique(List<T> items, Function<T, String> id, String base, String list, String key,
      FindingSink findings) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        findings.report(Pointers.of(base, list, i, "id"), key, value, earlier + 1, i + 1);
      }
    }
  }

  private static void uniqueIds(CheckContext<AuditFile> context, FindingSink findings) {
    for (Doc<AuditSummary> s : Audits.summaries(context.document())) {
      unique(s.document().gaps(), Gap::id, s.key(), "gaps", "duplicateGap", findings);
      unique(s.document().improvementAxes(), ImprovementAxis::id, s.key(), "improvementAxes", "duplicateAxis", findings);
    }
    context.document().auditorPool().ifPresent(p ->
        unique(p.auditors(), Auditor::id, Audits.AUDITOR_POOL, "auditors", "duplicateAuditor", findings));
  }

  /** Reports a criterion id that the referential does not have; returns the criterion if it has it. */
  private static Optional<Criterion> criterion(CheckContext<AuditFile> context, JsonPointer pointer, String criterionId,
      FindingSink findings) {
    Optional<Criterion> c = context.referential().criterion(criterionId);
    if (c.isEmpty()) {
      findings.report(pointer.append("criterionId"), "unknownCriterion", criterionId, context.referential().id());
    }
    return c;
  }

  private static void requirement(CheckContext<AuditFile> context, JsonPointer pointer, String criterionId, String requirementId,
      FindingSink findings) {
    Optional<Requirement> r = context.referential().requirement(requirementId);
    if (r.isEmpty()) {
      findings.report(pointer.append("requirementId"), "unknownRequirement", requirementId, context.referential().id());
      return;
    }
    Criterion owner = context.referential().criteria().stream()
        .filter(c -> c.requirement(requirementId).isPresent()).findFirst().orElseThrow();
    if (!owner.id().equals(criterionId)) {
      findings.report(pointer.append("requirementId"), "otherCriterion", requirementId, owner.id(), criterionId);
    }
  }

  private static void referentialReferences(CheckContext<AuditFile> context, FindingSink findings) {
    AuditFile file = context.document();
    file.plan().ifPresent(plan -> {
      List<Interviewee> interviewees = plan.interviewees();
      for (int i = 0; i < interviewees.size(); i++) {
        JsonPointer at = Pointers.of(PLAN, "interviewees", i);
        interviewees.get(i).criterionId().ifPresent(c -> criterion(context, at, c, findings));
      }
    });
    file.dashboard().ifPresent(dashboard -> {
      List<DashboardEntry> entries = dashboard.entries();
      for (int i = 0; i < entries.size(); i++) {
        DashboardEntry e = entries.get(i);
        JsonPointer at = Pointers.of(DASHBOARD, "entries", i);
        if (criterion(context, at, e.criterionId(), findings).isPresent()) {
          e.requirementId().ifPresent(r -> requirement(context, at, e.criterionId(), r, findings));
        }
      }
    });
    file.summary().ifPresent(summary -> {
      remarks(context, summary.strengths(), "strengths", findings);
      remarks(context, summary.weaknesses(), "weaknesses", findings);
      List<Gap> gaps = summary.gaps();
      for (int i = 0; i < gaps.size(); i++) {
        Gap g = gaps.get(i);
        JsonPointer at = Pointers.of(SUMMARY, "gaps", i);
        if (criterion(context, at, g.criterionId(), findings).isPresent()) {
          requirement(context, at, g.criterionId(), g.requirementId(), findings);
        }
      }
      List<ImprovementAxis> axes = summary.improvementAxes();
      for (int i = 0; i < axes.size(); i++) {
        criterion(context, Pointers.of(SUMMARY, "improvementAxes", i), axes.get(i).criterionId(), findings);
      }
    });
  }

  private static void remarks(CheckContext<AuditFile> context, List<Remark> remarks, String list, FindingSink findings) {
    for (int i = 0; i < remarks.size(); i++) {
      JsonPointer at = Pointers.of(SUMMARY, list, i);
      remarks.get(i).criterionId().ifPresent(c -> criterion(context, at, c, findings));
    }
  }

  private static void fileReferences(CheckContext<AuditFile> context, FindingSink findings) {
    AuditFile file = context.document();
    for (Doc<AuditSummary> s : Audits.summaries(file)) {
      List<ImprovementAxis> axes = s.document().improvementAxes();
      for (int i = 0; i < axes.size(); i++) {
        List<String> gapIds = axes.get(i).gapIds();
        for (int k = 0; k < gapIds.size(); k++) {
          if (s.document().gap(gapIds.get(k)).isEmpty()) {
            findings.report(Pointers.of(s.key(), "improvementAxes", i, "gapIds", k), "unknownGap",
                axes.get(i).id(), gapIds.get(k), Audits.name(s.key(), context.language()));
          }
        }
      }
    }
    for (Audits.Reassessment pair : Audits.reassessments(file)) {
      AuditDashboard dashboard = pair.dashboard();
      String summaryName = Audits.name(pair.summaryKey(), context.language());
      for (int i = 0; i < dashboard.entries().size(); i++) {
        DashboardEntry e = dashboard.entries().get(i);
        for (int k = 0; k < e.reassessedGapIds().size(); k++) {
          String id = e.reassessedGapIds().get(k);
          if (pair.summary().gap(id).isEmpty()) {
            findings.report(Pointers.of(pair.dashboardKey(), "entries", i, "reassessedGapIds", k),
                "unknownReassessedGap", id, summaryName);
          }
        }
        for (int k = 0; k < e.reassessedAxisIds().size(); k++) {
          String id = e.reassessedAxisIds().get(k);
          if (pair.summary().improvementAxis(id).isEmpty()) {
            findings.report(Pointers.of(pair.dashboardKey(), "entries", i, "reassessedAxisIds", k),
                "unknownReassessedAxis", id, summaryName);
          }
        }
      }
    }
  }
}
