package io.github.ldmlib.io;

import io.github.ldmlib.model.meta.DocumentKind;
import static io.github.ldmlib.io.Docs.at;
import static io.github.ldmlib.io.Docs.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.LabelStatus;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.referential.AcademyProfile;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A located read error for every kind of document besides the dossier and the referential (whose
 * errors {@link ReadErrorsTest} covers): the problem, line, column and JSON Pointer of the fault.
 * The documents of an audit file are located by their key in the file ({@code /summary/gaps/0}).
 */
class DocumentKindErrorsTest {

  private static final LdmJson JSON = LdmJson.defaults();

  /** Reads and expects an error of the given problem at the place of {@code marker} in {@code json}. */
  static LdmFormatException expect(Class<?> type, String json, FormatProblem problem, String marker,
      String pointer) {
    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(type, json));
    long[] where = at(json, marker);
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(where[0]);
    assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(where[1]);
    assertThat(e.pointer()).as(e.getMessage()).hasToString(pointer);
    return e;
  }

  @Test
  void academyProfile() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "academy-profile",
          "id": "ac-test-2026",
          "academy": "Académie de test",
          "title": "Profil de test",
          "baseReferentialId": "ldm-national-2023",
          "criteria": [
            {
              "id": "C9",
              "number": 9,
              "title": "Initiation à la pratique du développement durable",
              "kind": "ACADEMIQUE",
              "source": {"document": "Note", "section": "Critère N°11"}
            }
          ],
          "source": {"document": "Note", "section": "Profil"}
        }
        """;
    LdmFormatException e = expect(AcademyProfile.class, json, FormatProblem.UNKNOWN_ENUM_VALUE, "\"ACADEMIQUE\"",
        "/criteria/0/kind");
    assertThat(e.detail())
        .isEqualTo("valeur « ACADEMIQUE » inconnue ; valeurs admises : NATIONAL, ACADEMIC, OPTIONAL");
    assertThat(JSON.read(AcademyProfile.class, replaceOnce(json, "ACADEMIQUE", "ACADEMIC")).criteria()).hasSize(1);
  }

  @Test
  void auditPlan() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "audit-plan",
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "CANDIDATURE",
          "auditDate": "2026-04-14",
          "team": [
            {
              "person": {"lastName": "Garnier"},
              "role": "RESPONSABLE_AUDIT",
              "category": "RECTORATE"
            }
          ]
        }
        """;
    LdmFormatException e = expect(AuditPlan.class, json, FormatProblem.UNKNOWN_ENUM_VALUE, "\"RESPONSABLE_AUDIT\"",
        "/team/0/role");
    assertThat(e.detail()).endsWith("valeurs admises : LEAD_AUDITOR, AUDITOR");
  }

  @Test
  void auditDashboard() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "audit-dashboard",
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "CANDIDATURE",
          "auditDate": "2026-04-14",
          "entries": [
            {"criterionId": "C1", "assessment": "CONFORMING"},
            {"criterionId": "C2", "requirementId": "C2.R1", "comment": "Vu en entretien."}
          ]
        }
        """;
    LdmFormatException e = expect(AuditDashboard.class, json, FormatProblem.MISSING_PROPERTY,
        "{\"criterionId\": \"C2\"", "/entries/1/assessment");
    assertThat(e.detail()).isEqualTo("propriété obligatoire « assessment » absente");
  }

  @Test
  void auditSummary() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "audit-summary",
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "CANDIDATURE",
          "auditDate": "2026-04-14",
          "gaps": [
            {
              "id": "E-01",
              "severity": "MAJOR_GAP",
              "criterionId": "C7",
              "requirementId": "C7.R3",
              "text": "Aucune participation au réseau FOQUALE n'est formalisée.",
              "liftedOn": "2026-02-30"
            }
          ]
        }
        """;
    expect(AuditSummary.class, json, FormatProblem.INVALID_VALUE, "\"2026-02-30\"", "/gaps/0/liftedOn");
  }

  @Test
  void labelDecision() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "label-decision",
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "outcome": "ACCORDE",
          "date": "2026-06-25",
          "dossierKind": "INITIAL"
        }
        """;
    LdmFormatException e = expect(LabelDecision.class, json, FormatProblem.UNKNOWN_ENUM_VALUE, "\"ACCORDE\"",
        "/outcome");
    assertThat(e.detail()).endsWith("valeurs admises : GRANTED, REFUSED");
    // The decision's own kind, first labelling or renewal, is dossierKind: "kind" is the document's.
    String granted = replaceOnce(json, "ACCORDE", "GRANTED");
    assertThat(JSON.read(LabelDecision.class, granted).isGranted()).isTrue();
    expect(LabelDecision.class, replaceOnce(granted, "\"dossierKind\": \"INITIAL\"", "\"kind\": \"INITIAL\""),
        FormatProblem.DUPLICATE_KEY, "\"kind\": \"INITIAL\"", "/kind");
  }

  @Test
  void labelRecord() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "label-record",
          "uai": "0619876D",
          "decisions": [
            {
              "uai": "0619876D",
              "referentialId": "ldm-national-2023",
              "outcome": "GRANTED",
              "dossierKind": "INITIAL"
            }
          ],
          "audits": [
            {"stage": "CANDIDATURE", "date": "2026-04-14"}
          ]
        }
        """;
    LdmFormatException e = expect(LabelRecord.class, json, FormatProblem.MISSING_PROPERTY,
        "{\n      \"uai\"", "/decisions/0/date");
    assertThat(e.detail()).isEqualTo("propriété obligatoire « date » absente");
    // A decision inside a record is a plain object: it has no document header.
    String withHeader = replaceOnce(json, "\"outcome\": \"GRANTED\",",
        "\"outcome\": \"GRANTED\",\n      \"date\": \"2026-06-25\",\n      \"kind\": \"label-decision\",");
    expect(LabelRecord.class, withHeader, FormatProblem.UNKNOWN_PROPERTY, "\"kind\": \"label-decision\",",
        "/decisions/0/kind");
  }

  @Test
  void auditorPool() {
    String json = """
        {
          "formatVersion": "1.0",
          "kind": "auditor-pool",
          "academy": "Normandie",
          "auditors": [
            {
              "id": "AUD-NOR-007",
              "person": {"lastName": "Garnier", "firstName": "Hélène"},
              "category": "RECTORATE",
              "continuingTraining": [
                {"date": "2025-03-13", "days": "0,5"}
              ]
            }
          ]
        }
        """;
    LdmFormatException e = expect(AuditorPool.class, json, FormatProblem.WRONG_TYPE, "\"0,5\"",
        "/auditors/0/continuingTraining/0/days");
    assertThat(e.detail()).isEqualTo("type incorrect : attendu un nombre, trouvé une chaîne");
  }

  /** An audit file with a plan and a summary whose one gap has a severity of the wrong language. */
  static final String AUDIT_FILE = """
      {
        "formatVersion": "1.0",
        "kind": "audit-file",
        "plan": {
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "CANDIDATURE",
          "auditDate": "2026-05-12",
          "sentDate": "2026-04-21"
        },
        "summary": {
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "CANDIDATURE",
          "auditDate": "2026-05-12",
          "gaps": [
            {
              "id": "E-01",
              "severity": "ECART_MAJEUR",
              "criterionId": "C7",
              "requirementId": "C7.R3",
              "text": "Aucune participation au réseau FOQUALE n'est formalisée."
            }
          ]
        }
      }
      """;

  @Nested
  class AuditFiles {

    @Test
    void aFaultInAnEmbeddedDocumentIsLocatedInTheFile() {
      LdmFormatException e = expect(AuditFile.class, AUDIT_FILE, FormatProblem.UNKNOWN_ENUM_VALUE,
          "\"ECART_MAJEUR\"", "/summary/gaps/0/severity");
      assertThat(e.detail()).isEqualTo("valeur « ECART_MAJEUR » inconnue ; valeurs admises : MAJOR_GAP, MINOR_GAP,"
          + " OBSERVATION, INFO");
      AuditFile file = JSON.read(AuditFile.class, replaceOnce(AUDIT_FILE, "ECART_MAJEUR", "MAJOR_GAP"));
      assertThat(file.summary().orElseThrow().gaps()).hasSize(1);
      assertThat(file.plan().orElseThrow().sentDate()).isPresent();
      assertThat(file.decision()).isEmpty();
    }

    @Test
    void anEmbeddedDocumentHasNoHeaderOfItsOwn() {
      String json = replaceOnce(replaceOnce(AUDIT_FILE, "ECART_MAJEUR", "MAJOR_GAP"), "\"plan\": {\n",
          "\"plan\": {\n    \"kind\": \"audit-plan\",\n");
      LdmFormatException e = expect(AuditFile.class, json, FormatProblem.UNKNOWN_PROPERTY,
          "\"kind\": \"audit-plan\"", "/plan/kind");
      assertThat(e.detail()).startsWith("propriété inconnue « kind » ; propriétés admises ici : uai,");
    }

    @Test
    void aDocumentUnderAnotherKeyIsReadAsTheTypeOfThatKey() {
      // "decision" holds a label decision: the first key of a plan that a decision does not have is refused.
      String json = replaceOnce(replaceOnce(AUDIT_FILE, "ECART_MAJEUR", "MAJOR_GAP"), "\"plan\": {",
          "\"decision\": {");
      expect(AuditFile.class, json, FormatProblem.UNKNOWN_PROPERTY, "\"stage\"", "/decision/stage");
    }
  }

  /** The conformity report of an audit file, whose derived figures follow from its one observation. */
  static final String AUDIT_REPORT = """
      {
        "formatVersion": "1.0",
        "kind": "conformity-report",
        "documentKind": "audit-file",
        "referentialId": "ldm-national-2023",
        "referentialEdition": "2026-01",
        "establishmentUai": "0619876D",
        "stage": "CANDIDATURE",
        "documentDate": "2026-05-12",
        "asOf": "2026-09-01",
        "language": "fr",
        "labelStatus": "FOLLOW_UP_DUE",
        "verdict": "CONFORMING_WITH_OBSERVATIONS",
        "counts": {"majorGaps": 0, "minorGaps": 0, "observations": 1, "notSubmittable": 0, "toComplete": 0, "advice": 0, "infos": 0},
        "findings": [
          {
            "ruleId": "LDM-A-023",
            "severity": "OBSERVATION",
            "pointer": "/plan/team",
            "message": "L’équipe d’audit ne comprend aucune personne extérieure au rectorat.",
            "messageKey": "LDM-A-023.none"
          }
        ]
      }
      """;

  @Nested
  class AuditReports {

    @Test
    void theReportOfAnAuditFileReads() {
      ConformityReport report = JSON.read(ConformityReport.class, AUDIT_REPORT);
      assertThat(report.documentKind()).isSameAs(DocumentKind.AUDIT_FILE);
      assertThat(report.labelStatus()).contains(LabelStatus.FOLLOW_UP_DUE);
      assertThat(report.documentDate()).contains(java.time.LocalDate.of(2026, 5, 12));
      assertThat(report.findingsOfRule("LDM-A-023")).hasSize(1);
      assertThat(JSON.read(ConformityReport.class, JSON.writeString(report))).isEqualTo(report);
    }

    @Test
    void anUnknownStatusIsLocated() {
      LdmFormatException e = expect(ConformityReport.class, replaceOnce(AUDIT_REPORT, "FOLLOW_UP_DUE", "LABELLISE"),
          FormatProblem.UNKNOWN_ENUM_VALUE, "\"LABELLISE\"", "/labelStatus");
      assertThat(e.detail()).isEqualTo("valeur « LABELLISE » inconnue ; valeurs admises : CANDIDATE, AUDITED,"
          + " REFUSED, LABELLED, FOLLOW_UP_DUE, OVERDUE, EXPIRED");
    }

    @Test
    void anUnknownDocumentKindIsLocated() {
      LdmFormatException e = expect(ConformityReport.class, replaceOnce(AUDIT_REPORT, "\"audit-file\"", "\"audit\""),
          FormatProblem.INVALID_VALUE, "\"audit\"", "/documentKind");
      assertThat(e.detail()).startsWith("type de document « audit » inconnu ; types connus : dossier, referential,");
    }
  }

  /** A conformity report whose counts, verdicts and readiness follow from its one minor gap. */
  static final String REPORT = """
      {
        "formatVersion": "1.0",
        "kind": "conformity-report",
        "documentKind": "dossier",
        "referentialId": "ldm-national-2023",
        "referentialEdition": "2026-01",
        "establishmentName": "Lycée professionnel Marie-Marvingt",
        "establishmentUai": "0619876D",
        "dossierKind": "INITIAL",
        "asOf": "2026-03-16",
        "stage": "CANDIDATURE",
        "language": "fr",
        "verdict": "NON_CONFORMING",
        "readyForAudit": true,
        "counts": {"majorGaps": 0, "minorGaps": 1, "observations": 0, "notSubmittable": 0, "toComplete": 0, "advice": 0, "infos": 0},
        "criterionIds": ["C4"],
        "criteria": [
          {
            "criterionId": "C4",
            "verdict": "NON_CONFORMING",
            "counts": {"majorGaps": 0, "minorGaps": 1, "observations": 0, "notSubmittable": 0, "toComplete": 0, "advice": 0, "infos": 0}
          }
        ],
        "findings": [
          {
            "ruleId": "LDM-D-061",
            "severity": "MINOR_GAP",
            "criterionId": "C4",
            "pointer": "/sections/3/actions/1/evidenceIds",
            "message": "L'action « Immersion des professeurs en entreprise » ne cite aucune preuve.",
            "messageKey": "LDM-D-061.none",
            "arguments": ["Immersion des professeurs en entreprise"]
          }
        ]
      }
      """;

  @Nested
  class ConformityReports {

    @Test
    void aConsistentReportReads() {
      ConformityReport report = JSON.read(ConformityReport.class, REPORT);
      assertThat(report.verdict()).isEqualTo(Verdict.NON_CONFORMING);
      assertThat(report.findingsOf("C4")).hasSize(1);
      assertThat(JSON.read(ConformityReport.class, JSON.writeString(report))).isEqualTo(report);
    }

    @Test
    void countsThatDoNotFollowFromTheFindingsAreRefusedWhereTheFileStatesThem() {
      String wrong = replaceOnce(REPORT,
          "\"counts\": {\"majorGaps\": 0, \"minorGaps\": 1, \"observations\": 0, \"notSubmittable\": 0, \"toComplete\": 0, \"advice\": 0, \"infos\": 0},\n  \"criterionIds\"",
          "\"counts\": {\"majorGaps\": 7, \"minorGaps\": 2, \"observations\": 0, \"notSubmittable\": 0, \"toComplete\": 0, \"advice\": 0, \"infos\": 0},\n  \"criterionIds\"");
      LdmFormatException e = expect(ConformityReport.class, wrong, FormatProblem.INVALID_VALUE,
          "{\"majorGaps\": 7", "/counts");
      assertThat(e.detail()).isEqualTo("« counts » vaut {\"majorGaps\":7,\"minorGaps\":2,\"observations\":0,"
          + "\"notSubmittable\":0,\"toComplete\":0,\"advice\":0,\"infos\":0} dans le fichier, mais "
          + "{\"majorGaps\":0,\"minorGaps\":1,\"observations\":0,\"notSubmittable\":0,\"toComplete\":0,"
          + "\"advice\":0,\"infos\":0}"
          + " d’après le reste du document, dont il se déduit");
      LdmFormatException english = assertThrows(LdmFormatException.class,
          () -> JSON.withLocale(Locale.ENGLISH).read(ConformityReport.class, wrong));
      assertThat(english.detail()).startsWith("\"counts\" is {\"majorGaps\":7,");
    }

    @Test
    void aVerdictOrReadinessThatDoesNotFollowIsRefusedAtItsValue() {
      LdmFormatException verdict = expect(ConformityReport.class,
          replaceOnce(REPORT, "\"verdict\": \"NON_CONFORMING\",\n  \"readyForAudit\"",
              "\"verdict\": \"CONFORMING\",\n  \"readyForAudit\""),
          FormatProblem.INVALID_VALUE, "\"CONFORMING\",\n  \"readyForAudit\"", "/verdict");
      assertThat(verdict.detail()).contains("\"CONFORMING\"").contains("\"NON_CONFORMING\"");
      expect(ConformityReport.class, replaceOnce(REPORT, "\"readyForAudit\": true", "\"readyForAudit\": false"),
          FormatProblem.INVALID_VALUE, "false", "/readyForAudit");
    }

    @Test
    void aCriterionVerdictThatDoesNotFollowFromItsCountsIsRefusedInsideTheList() {
      expect(ConformityReport.class,
          replaceOnce(REPORT, "\"criterionId\": \"C4\",\n      \"verdict\": \"NON_CONFORMING\"",
              "\"criterionId\": \"C4\",\n      \"verdict\": \"CONFORMING\""),
          FormatProblem.INVALID_VALUE, "\"CONFORMING\",\n      \"counts\"", "/criteria/0/verdict");
    }

    @Test
    void aReportWithoutItsDerivedFiguresReadsAndDerivesThem() {
      String bare = REPORT.replaceAll("(?m)^  \"(verdict|readyForAudit|counts)\": .*\n", "")
          .replaceAll("(?s)  \"criteria\": \\[.*?\n  \\],\n", "");
      assertThat(bare).doesNotContain("\"counts\"").doesNotContain("\"criteria\"");
      assertThat(JSON.read(ConformityReport.class, bare)).isEqualTo(JSON.read(ConformityReport.class, REPORT));
    }

    @Test
    void derivedFiguresMustStillBeWellFormedJson() {
      expect(ConformityReport.class, replaceOnce(REPORT, "\"readyForAudit\": true", "\"readyForAudit\": tru"),
          FormatProblem.MALFORMED_JSON, "tru", "/readyForAudit");
    }
  }
}
