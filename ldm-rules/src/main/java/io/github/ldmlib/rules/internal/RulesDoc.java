package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleDoc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Generates docs/rules.md from the rule catalogue, so that the documentation cannot drift from the
 * code: a test renders it in memory and compares it with the file.
 */
public final class RulesDoc {

  private RulesDoc() {}

  /**
   * The engine's own finding, documented as a rule: no checker runs it, the engine reports it in
   * place of a rule that could not be applied.
   */
  private static final Rule<Dossier> RULE_FAILED = Catalogue.dossier(Engine.RULE_FAILED, Severity.NOT_SUBMITTABLE)
      .citing("the library itself")
      .checks("A rule could not be applied: it threw, reported a place that does not exist in the dossier (or "
          + "in the audit file, for an audit rule), a message it does not have, or more than 10,000 findings. The "
          + "checker drops what that rule reported and records this finding, naming it; the other rules still "
          + "run. As the check is incomplete, the dossier is not ready for audit.")
      .reads("—")
      .check((context, findings) -> { });

  /** The engine's note that a built-in rule reported more findings than a report lists. */
  private static final Rule<Dossier> FINDINGS_NOT_LISTED = Catalogue.dossier(Engine.FINDINGS_NOT_LISTED, Severity.INFO)
      .citing("the library itself")
      .checks("A built-in rule reported more than 10,000 findings on one document: the report lists the first "
          + "10,000 and this note says how many more there are. A built-in rule never fails on a document that "
          + "was read; a custom rule that reports that many is reported as LDM-E-001.")
      .reads("—")
      .check((context, findings) -> { });

  /** The command that regenerates the file, from the repository root. */
  public static final String REGENERATE = "mvn -B -ntp -q -pl ldm-rules -am test -Dtest=RulesDocTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dldm.rules.regenerate=true";

  /**
   * Writes docs/rules.md.
   *
   * @param args the path of the file; {@code docs/rules.md} when none is given
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
    Files.createDirectories(path.toAbsolutePath().getParent());
    Files.writeString(path, render(), StandardCharsets.UTF_8);
  }

  /**
   * Renders docs/rules.md.
   *
   * @return the Markdown text, with '\n' line ends
   */
  public static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# Built-in conformity rules\n\n")
        .append("<!-- Generated from the rule catalogue of ldm-rules by RulesDoc: do not edit by hand.\n")
        .append("     Regenerate from the repository root with:\n     ")
        .append(REGENERATE).append(" -->\n\n")
        .append("The checker of `ldm-rules` runs these rules on a dossier and writes a conformity report. Each "
            + "rule has a stable id, a default severity that an academy profile may change (`RuleTailoring`), "
            + "the verbatim clause of the source it enforces (the guide's section E on the dossier, « Guide de "
            + "l'établissement et des auditeurs », identical in the January 2024 and January 2026 editions; the "
            + "Aix-Marseille 2012 note; the national sheet « Fiche 2 »), the referentials and stages it applies "
            + "to, and why it has its grade. A finding cites the edition of the referential actually used. "
            + "Titles and messages come in French (the default) and English. The rules on audits (`LDM-A-…`) "
            + "follow the dossier rules, under [Built-in audit rules](#built-in-audit-rules), and the rules on annual "
            + "reviews (`LDM-R-0…`) follow them, under [Built-in annual review rules](#built-in-annual-review-rules), then "
            + "the rules on review files (`LDM-R-1…`), under [Built-in review file rules](#built-in-review-file-rules).\n\n");
    b.append("## How to read a report\n\n")
        .append("- **Severities**: a dossier check is not an audit, and grades on its own scale: "
            + "`NOT_SUBMITTABLE` (non recevable en l'état) means the dossier cannot go to audit as it is; "
            + "`TO_COMPLETE` (à compléter) is something the source asks the dossier to hold that is missing or "
            + "wrong; `ADVICE` (conseil) is what the source recommends without demanding it; `INFO` only "
            + "informs. The auditors' `MAJOR_GAP` and `MINOR_GAP` (écarts majeurs et mineurs) and `OBSERVATION` "
            + "grade audit files only. A checker refuses a rule or a tailoring graded on another kind's scale. "
            + "Where the source is silent or vague, a rule takes the milder grade and says so.\n")
        .append("- **Verdicts**, per criterion and overall: `NON_CONFORMING` when a finding blocks or is to "
            + "correct, `CONFORMING_WITH_OBSERVATIONS` when there is only advice (notes do not count), else "
            + "`CONFORMING`. A finding belongs to the criterion of the section its pointer lies in, or to the "
            + "criterion the rule names; findings on the dossier as a whole belong to none.\n")
        .append("- **Ready for audit** means nothing blocking (`NOT_SUBMITTABLE`): what is to complete should "
            + "be, but does not stop the audit.\n")
        .append("- **Pointers** are RFC 6901 JSON Pointers into the dossier's JSON form, the same as Bean "
            + "Validation's (`/sections/3/actions/0/addedValue`). A pointer may name an absent field: that is "
            + "where the missing element belongs.\n")
        .append("- **Order**: findings on the dossier as a whole first, then by criterion in the order of the "
            + "referential, then by pointer (list indexes as numbers), rule id and message.\n")
        .append("- **Date and stage**: a dossier is judged as it stood on its submission date (`asOfBasis` "
            + "`DOCUMENT_DATE`), unless the caller gives a date (`GIVEN`; `ldm check --as-of`); a dossier that "
            + "states none is checked as of the day of the check (`DAY_OF_CHECK`). A check is made for a stage "
            + "(`CANDIDATURE`, `FOLLOW_UP_1_YEAR`, `FOLLOW_UP_3_YEARS`, `RENEWAL`). The current school year is "
            + "the one that contains the date. A start measure (N) is due once N has begun; a follow-up (N+3) "
            + "measure once that school year is over; the end measure comes at the end of the action (« Mesure "
            + "en fin d'action »: N plus its duration, N+5 for a perennial action). A measure dated in a school "
            + "year that had not begun on that date is to complete.\n")
        .append("- **Parameters**: a rule that reads a parameter of the referential does not apply when the "
            + "referential does not state it, so edition-specific rules apply only to their edition.\n")
        .append("- **Protected rules** cannot be switched off or given another severity: they keep the check "
            + "trustworthy and the national core intact. A tailoring of a protected or unknown rule is an "
            + "error when the checker is built.\n")
        .append("- **Custom rules** (ids not starting with `LDM-`) are passed to the checker or discovered "
            + "through `RuleProvider`. A rule that throws, reports a place that does not exist in the "
            + "dossier, a message it does not have, or more than 10,000 findings has its findings dropped and "
            + "is reported as `LDM-E-001`; the other rules still run.\n\n");

    List<Rule<?>> dossierRules = new ArrayList<>(Catalogue.of(DocumentKind.DOSSIER));
    dossierRules.add(RULE_FAILED);
    dossierRules.add(FINDINGS_NOT_LISTED);
    dossierRules.sort(Comparator.comparing(Rule::id));
    catalogue(b, "Catalogue", dossierRules);

    b.append("## Dossier structure\n\n")
        .append("LDM-D-010, LDM-D-020, LDM-D-030 and LDM-D-040 read the referential's `dossierStructure`: each "
            + "element names, in `field`, the path of the model's properties relative to its scope (`diagnosis`, "
            + "`team/coordinator`, `implementation/resources`; a path through a list applies to each element, "
            + "so `objectives/indicators` asks every objective for an indicator). A required element is present "
            + "when its value is given and, for a list, not empty. A field that names no property of the model "
            + "is an error when the checker is built. Paths ending in `indicators/measures` are left to the "
            + "measure rules, which know which measures are due. Each referential brings its own structure: "
            + "the bundled national referentials state section E of the guide (`ldm referential show` lists it); "
            + "the Aix-Marseille 2012 referential states none, as its note only says that a « dossier-type » "
            + "LDM 02 exists, so these rules demand nothing of a 2012 dossier.\n\n")
        .append("Rules whose source is the national guide apply only to referentials drawn from the guide (whose `source` names it) (see each "
            + "rule's *Applies to*), and a finding cites the edition of the referential actually used: a check "
            + "against the January 2026 edition cites « janvier 2026 ».\n");

    b.append("\n# Built-in audit rules\n\n")
        .append("A checker of audit files (`Checker.of(DocumentKind.AUDIT_FILE, referential)`) runs these rules "
            + "on an audit file (`AuditFile`): the plan (LDM 03), the dashboard (LDM 04) and the summary report "
            + "(LDM 05) of one audit, the rector's decision, the label record, the academy's auditor pool, the "
            + "previous audit's summary and the next follow-up audit's dashboard, each optional. It writes the "
            + "same `ConformityReport` as a dossier's check (findings, severities, verdicts, counts), of kind "
            + "`audit-file`, with the label's status on the date of the check when the file holds the label "
            + "record. Rules are tailored as the dossier rules are; a profile's tailorings may name both kinds of "
            + "rule and may be passed whole to both checkers.\n\n");
    b.append("## How to read an audit report\n\n")
        .append("- **Pointers** are JSON Pointers into the audit file's JSON form, whose first token names the "
            + "document: `/plan/sentDate`, `/plan/team/1`, `/summary/gaps/2/liftedOn`, `/auditorPool/auditors/0/"
            + "participations`, `/labelRecord/audits`. Strip the first token to get the pointer into that "
            + "document's own JSON form.\n")
        .append("- **Criteria**: a finding belongs to the criterion named by the dashboard entry, gap, improvement "
            + "axis, remark or interviewee its pointer lies in, or to the criterion the rule names. The report has "
            + "a result for every mandatory criterion and for every criterion a finding concerns.\n")
        .append("- **Parameters**: every delay, count and duty is read from the referential's procedure "
            + "parameters; a rule whose parameter is not stated does not apply. With the bundled referentials, the "
            + "Aix-Marseille 2012 procedure states the plan notice (15 days), the report deadline (15 days), the "
            + "team of each stage (`auditTeams`: at the candidature a lead auditor and an auditor, one from the "
            + "rectorate, an external person where possible; the three-year follow-up « conduit par l'inspecteur "
            + "référent »; the renewal « conduit par deux auditeurs LM »; nothing for the one-year follow-up), "
            + "the hearing of students and external partners, the improvement axes (5 criteria, 1–2 axes each), "
            + "the follow-up (1 and 3 years, renewal at 5), the engagement decision (LDM 01) and the auditors' "
            + "qualification (annex 2); the national 2023 referential states that major gaps block the label. "
            + "A region's campaign calendar is its profile's: the bundled `nouvelle-aquitaine-2023` profile "
            + "states the dossier notice (3 weeks).\n")
        .append("- **Dates**: delays and the auditors' qualification are judged on the dates the documents state "
            + "(the plan's audit date for the team). The date of the check tells which follow-up audits are due "
            + "(`INFO`) or overdue (`MINOR_GAP`), whether the label has expired, and whether a plan not yet sent, "
            + "a dossier not yet received or a report not yet submitted is already late.\n")
        .append("- **The loop**: a gap that is not lifted leads to an improvement axis (LDM-A-060) with an owner "
            + "and a deadline (LDM-A-061), which the next audit's dashboard re-assesses (LDM-A-062).\n\n");
    catalogue(b, "Audit catalogue", Catalogue.of(DocumentKind.AUDIT_FILE));

    b.append("\n# Built-in annual review rules\n\n")
        .append("A checker of annual reviews (`Checker.of(DocumentKind.ANNUAL_REVIEW, referential)`) runs these "
            + "rules on an annual review (`AnnualReview`, *bilan annuel*): the school's own document between two "
            + "audits, which the national sheet « Fiche 2 » asks to be « présenté aux instances de "
            + "l'établissement ». It is not an audit, so it is graded on the dossier scale. A review states no "
            + "stage; it is judged as of its `date`, else the day of the check. Pointers are JSON Pointers into "
            + "the review's JSON form; a finding belongs to the criterion of the review section its pointer lies "
            + "in. The checker has only the review: whether the ids it names are those of the dossier is for "
            + "the caller, who has both.\n\n");
    catalogue(b, "Annual review catalogue", Catalogue.of(DocumentKind.ANNUAL_REVIEW));

    b.append("\n# Built-in review file rules\n\n")
        .append("A checker of review files (`Checker.of(DocumentKind.REVIEW_FILE, referential)`) runs these rules on a "
            + "review file (`ReviewFile`, *dossier de suivi*): the dossier, the label record, the annual reviews of "
            + "several school years and the summary of the last audit held, each optional, checked together. It is "
            + "the school's own follow-up between audits, graded on the dossier scale. A file states no stage; it "
            + "is judged as of its `date`, else the date of its latest review, else the day of the check. Pointers "
            + "are JSON Pointers into the file's JSON form whose first token names the part (`/dossier/sections/3/"
            + "actions/0`, `/reviews/1/axes`, `/labelRecord/audits`); a finding belongs to the criterion of the "
            + "dossier or review section its pointer lies in, or to the criterion the rule names. What is due "
            + "depends on the label record's dates: the last grant on or before the date of the check opens the "
            + "label's period, and the referential's `labelValidityYears`, when stated, closes it. The annual "
            + "review rules (`LDM-R-0…`) judge each review alone: run them on each review for those.\n\n");
    catalogue(b, "Review file catalogue", Catalogue.of(DocumentKind.REVIEW_FILE));
    return b.toString().stripTrailing() + "\n";
  }

  /** A catalogue: the table of its rules, then each rule in full. */
  private static void catalogue(StringBuilder b, String heading, List<? extends Rule<?>> rules) {
    b.append("## ").append(heading).append("\n\n| Id | Severity | Title | Titre |\n|---|---|---|---|\n");
    rules.forEach(r -> row(b, r));
    b.append('\n');
    for (Rule<?> r : rules) {
      rule(b, r);
    }
  }

  private static void row(StringBuilder b, Rule<?> r) {
    b.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT)).append(") | `")
        .append(r.defaultSeverity()).append("`").append(Catalogue.isProtected(r.id()) ? " (protected)" : "").append(" | ")
        .append(r.title(Locale.ENGLISH)).append(" | ").append(r.title(Locale.FRENCH)).append(" |\n");
  }

  private static void rule(StringBuilder b, Rule<?> r) {
    b.append("## ").append(r.id()).append("\n\n")
        .append("**").append(r.title(Locale.ENGLISH)).append("** — *").append(r.title(Locale.FRENCH)).append("*\n\n")
        .append("- Default severity: `").append(r.defaultSeverity()).append('`')
        .append(Catalogue.isProtected(r.id()) ? " (protected: cannot be tailored)" : "").append('\n')
        .append("- Source: ").append(r.source().map(Object::toString).orElse(doc(r).citing().orElse("—")))
        .append('\n')
        .append("- Applies to: ").append(appliesTo(r, doc(r))).append('\n')
        .append(doc(r).clause().map(c -> "- Clause: « " + c + " » — "
            + doc(r).clauseSource().or(r::source).map(Object::toString).orElse("?") + "\n").orElse(""))
        .append(doc(r).grade().map(g -> "- Why this grade: " + g + "\n").orElse(""))
        .append("- Reads from the referential: ").append(doc(r).reads()).append('\n')
        .append("- Message keys: ").append(String.join(", ", messageKeys(r))).append("\n\n")
        .append(doc(r).checks()).append("\n\n");
  }

  /** The referentials and stages a rule applies to: declared, or given by the data it reads. */
  private static String appliesTo(Rule<?> r, RuleDoc doc) {
    String referentials = !r.referentialSources().isEmpty()
        ? "referentials drawn from " + String.join(", ", new TreeSet<>(r.referentialSources()))
        : doc.reads().equals("—") ? "every referential" : "every referential that states what it reads (below)";
    String stages = !r.stages().isEmpty()
        ? "stage " + r.stages().stream().sorted().map(Enum::name).collect(Collectors.joining(", "))
        : doc.reads().equals("—") ? "every stage" : "the stages its data names, else every stage";
    return referentials + "; " + stages;
  }

  private static RuleDoc doc(Rule<?> r) {
    return r.doc().orElseThrow(() -> new IllegalStateException("built-in rule " + r.id() + " is not documented"));
  }

  private static TreeSet<String> messageKeys(Rule<?> r) {
    TreeSet<String> keys = new TreeSet<>();
    for (String key : r.messages().keys(r.id() + ".")) {
      if (!key.equals(r.id() + ".title")) {
        keys.add("`" + key.substring(r.id().length() + 1) + "`");
      }
    }
    return keys;
  }
}
