package io.github.ldmlib.test.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.conformity.GradingScale;
import io.github.ldmlib.model.conformity.Gravity;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.validation.Violation;
import java.util.List;

/** The parts of the kit's failure messages: what was checked, and the findings one per line. */
public final class Describe {

  private Describe() {}

  /** Findings listed in a failure message, at most; the rest are counted. */
  public static final int MAX_LINES = 50;

  /**
   * Names a report: the establishment, the kind of document when it is not a dossier, the
   * referential and edition, the date and the stage.
   *
   * @param report the report
   * @return for example {@code the conformity report of Lycée X (ldm-national-2023@2026-01, as of
   *     2026-03-16, CANDIDATURE)}, or {@code the conformity report of Lycée X (audit-file,
   *     ldm-national-2023@2026-01, as of 2026-06-30, CANDIDATURE)}
   */
  public static String report(ConformityReport report) {
    String kind = report.documentKind() == DocumentKind.DOSSIER ? "" : report.documentKind().id() + ", ";
    return "the conformity report of " + report.establishmentName().orElse("an unnamed establishment") + " (" + kind
        + report.referentialId() + "@" + report.referentialEdition() + ", as of " + report.asOf()
        + report.stage().map(s -> ", " + s).orElse("") + ")";
  }

  /**
   * One line for a finding: rule id, severity, pointer and message.
   *
   * @param finding the finding
   * @return the line, without indentation
   */
  public static String line(Finding finding) {
    return finding.ruleId() + " " + finding.severity() + " " + place(finding.pointer()) + ": " + finding.message();
  }

  /**
   * A place as failure messages show it: the pointer, or {@code <document>} for the root.
   *
   * @param pointer the pointer
   * @return the text
   */
  public static String place(JsonPointer pointer) {
    return pointer.isRoot() ? "<document>" : pointer.toString();
  }

  /**
   * Lists findings, one per line, each indented; at most {@value #MAX_LINES} of them.
   *
   * @param what what the findings are, for example {@code its findings}
   * @param findings the findings
   * @return the text, starting with a line break
   */
  public static String findings(String what, List<Finding> findings) {
    if (findings.isEmpty()) {
      return "\n" + what + ": none";
    }
    StringBuilder b = new StringBuilder("\n").append(what).append(" (").append(findings.size()).append("):");
    for (int i = 0; i < findings.size() && i < MAX_LINES; i++) {
      b.append("\n  ").append(line(findings.get(i)));
    }
    if (findings.size() > MAX_LINES) {
      b.append("\n  … and ").append(findings.size() - MAX_LINES).append(" more");
    }
    return b.toString();
  }

  /**
   * Lists violations, one per line, each indented.
   *
   * @param violations the violations
   * @return the text, starting with a line break
   */
  public static String violations(List<Violation> violations) {
    StringBuilder b = new StringBuilder();
    for (Violation v : violations) {
      b.append("\n  ").append(v.constraint()).append(" at ").append(v.path().isEmpty() ? "<root>" : v.path())
          .append(": ").append(v.message());
    }
    return b.toString();
  }

  /** A count with its noun: {@code 1 finding}, {@code 2 findings}. */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * The scale a report's document was graded on; a kind that states none is read as an audit.
   *
   * @param report the report
   * @return the scale
   */
  public static GradingScale scale(ConformityReport report) {
    return report.documentKind().gradingScale().orElse(GradingScale.AUDIT);
  }

  /**
   * Tells whether a report grades on the auditors' scale.
   *
   * @param report the report
   * @return true for the report of an audit file
   */
  public static boolean isAudit(ConformityReport report) {
    return scale(report) == GradingScale.AUDIT;
  }

  /**
   * The findings of a report of one gravity, counted in the words of the report's scale.
   *
   * @param report the report
   * @param gravity the gravity
   * @return for example {@code 1 blocking point}, {@code 2 points to complete} for a dossier, {@code
   *     0 major gaps} for an audit file
   */
  public static String count(ConformityReport report, Gravity gravity) {
    Severity severity = scale(report).severityOf(gravity);
    int n = report.counts().count(severity);
    return n + " " + (n == 1 ? singular(severity) : plural(severity));
  }

  /**
   * No finding of one gravity, in the words of the report's scale.
   *
   * @param report the report
   * @param gravity the gravity
   * @return for example {@code no blocking point}, {@code no major gap}
   */
  public static String none(ConformityReport report, Gravity gravity) {
    return "no " + singular(scale(report).severityOf(gravity));
  }

  /** The noun for one finding of a severity, as the reports of ldm-report word it in English. */
  private static String singular(Severity severity) {
    return switch (severity) {
      case MAJOR_GAP -> "major gap";
      case MINOR_GAP -> "minor gap";
      case OBSERVATION -> "observation";
      case NOT_SUBMITTABLE -> "blocking point";
      case TO_COMPLETE -> "point to complete";
      case ADVICE -> "piece of advice";
      case INFO -> "note";
    };
  }

  private static String plural(Severity severity) {
    return switch (severity) {
      case TO_COMPLETE -> "points to complete";
      case ADVICE -> "pieces of advice";
      default -> singular(severity) + "s";
    };
  }
}
