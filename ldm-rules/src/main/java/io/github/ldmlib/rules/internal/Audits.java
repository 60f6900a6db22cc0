package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.Stage;
import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditDocument;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditTeamMember;
import io.github.ldmlib.model.audit.Auditor;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.rules.CheckContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Helpers of the audit rules: the documents of an audit file, their names, the team and its records. */
final class Audits {

  private Audits() {}

  /** Keys of the audit file, which are also the first token of the pointers. */
  static final String PLAN = "plan";
  static final String DASHBOARD = "dashboard";
  static final String SUMMARY = "summary";
  static final String DECISION = "decision";
  static final String LABEL_RECORD = "labelRecord";
  static final String AUDITOR_POOL = "auditorPool";
  static final String PREVIOUS_SUMMARY = "previousSummary";
  static final String NEXT_DASHBOARD = "nextDashboard";

  /**
   * A document of the audit file with its key.
   *
   * @param key the key
   * @param document the document
   * @param <T> the document's type
   */
  record Doc<T>(String key, T document) {}

  /** The plan, dashboard and summary that are present, with their keys, in that order. */
  static List<Doc<AuditDocument>> auditDocuments(AuditFile file) {
    List<Doc<AuditDocument>> docs = new ArrayList<>();
    file.plan().ifPresent(d -> docs.add(new Doc<>(PLAN, d)));
    file.dashboard().ifPresent(d -> docs.add(new Doc<>(DASHBOARD, d)));
    file.summary().ifPresent(d -> docs.add(new Doc<>(SUMMARY, d)));
    return docs;
  }

  /** The summaries of the file with their keys: this audit's, then the previous audit's. */
  static List<Doc<AuditSummary>> summaries(AuditFile file) {
    List<Doc<AuditSummary>> docs = new ArrayList<>();
    file.summary().ifPresent(d -> docs.add(new Doc<>(SUMMARY, d)));
    file.previousSummary().ifPresent(d -> docs.add(new Doc<>(PREVIOUS_SUMMARY, d)));
    return docs;
  }

  /**
   * The pairs of a summary and the dashboard that re-assesses it: this audit's summary and the next
   * follow-up dashboard; the previous audit's summary and this audit's dashboard.
   */
  static List<Reassessment> reassessments(AuditFile file) {
    List<Reassessment> pairs = new ArrayList<>();
    if (file.summary().isPresent() && file.nextDashboard().isPresent()) {
      pairs.add(new Reassessment(SUMMARY, file.summary().get(), NEXT_DASHBOARD, file.nextDashboard().get()));
    }
    if (file.previousSummary().isPresent() && file.dashboard().isPresent()) {
      pairs.add(new Reassessment(PREVIOUS_SUMMARY, file.previousSummary().get(), DASHBOARD, file.dashboard().get()));
    }
    return pairs;
  }

  /**
   * A summary and the dashboard of the later audit that re-assesses its gaps and axes.
   *
   * @param summaryKey the key of the summary
   * @param summary the summary
   * @param dashboardKey the key of the dashboard
   * @param dashboard the dashboard
   */
  record Reassessment(String summaryKey, AuditSummary summary, String dashboardKey, AuditDashboard dashboard) {}

  /** The name of a document of the file, in a language: "le plan d'audit". */
  static String name(String key, Locale language) {
    return Messages.builtIn("enum.Document." + key, language);
  }

  /** The name of a stage, in a language: "audit de suivi à un an". */
  static String name(Stage stage, Locale language) {
    return Messages.builtIn("enum.Stage." + stage.name(), language);
  }

  /** A person as messages name them: first name and last name. */
  static String name(Person person) {
    return person.firstName().map(f -> f + " " + person.lastName()).orElse(person.lastName());
  }

  /**
   * A member of the audit team with its place, and its auditor record when the pool has it.
   *
   * @param member the member
   * @param index its index in the plan's team
   * @param auditor its record, if found
   * @param auditorIndex the index of the record in the pool, or -1
   */
  record Member(AuditTeamMember member, int index, Optional<Auditor> auditor, int auditorIndex) {

    /** The pointer of the member. */
    JsonPointer pointer() {
      return Pointers.of(PLAN, "team", index);
    }

    /** The pointer of a property of the member's auditor record; only when the record was found. */
    JsonPointer recordPointer(String property) {
      return Pointers.of(AUDITOR_POOL, "auditors", auditorIndex, property);
    }
  }

  /** The members of the plan's team, each with its record in the pool when there is one. */
  static List<Member> team(AuditFile file) {
    List<Member> members = new ArrayList<>();
    if (file.plan().isEmpty()) {
      return members;
    }
    List<AuditTeamMember> team = file.plan().get().team();
    List<Auditor> auditors = file.auditorPool().map(AuditorPool::auditors).orElse(List.of());
    for (int i = 0; i < team.size(); i++) {
      AuditTeamMember m = team.get(i);
      int found = -1;
      if (m.auditorId().isPresent()) {
        for (int k = 0; k < auditors.size() && found < 0; k++) {
          if (auditors.get(k).id().equals(m.auditorId().get())) {
            found = k;
          }
        }
      }
      members.add(new Member(m, i, found < 0 ? Optional.empty() : Optional.of(auditors.get(found)), found));
    }
    return members;
  }

  /** The audit date of the plan, when the file has a plan. */
  static Optional<LocalDate> planDate(CheckContext<AuditFile> context) {
    return context.document().plan().map(AuditDocument::auditDate);
  }
}
