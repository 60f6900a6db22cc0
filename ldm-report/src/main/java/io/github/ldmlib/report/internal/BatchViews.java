package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.conformity.CriterionResult;
import io.github.ldmlib.model.conformity.FindingCounts;
import io.github.ldmlib.model.conformity.GradingScale;
import io.github.ldmlib.model.conformity.Gravity;
import io.github.ldmlib.model.conformity.Verdict;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.report.BatchEntry;
import io.github.ldmlib.report.view.BatchView;
import io.github.ldmlib.report.view.TableView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the view of a batch summary: the one place that reads the entries of a batch, aggregates
 * their reports per criterion and words their tables, for every format (HTML, Markdown, terminal
 * text, CSV).
 */
public final class BatchViews {

  private BatchViews() {}

  /** The column of the table of dossiers holding the referential: the terminal leaves it out to stay narrow. */
  public static final int REFERENTIAL_COLUMN = 3;

  /** The column of the table of criteria holding their titles: the terminal leaves it out to stay narrow. */
  public static final int TITLE_COLUMN = 1;

  /** The aggregate of one criterion across the dossiers. */
  private static final class Criterion {
    final String id;
    String title = "";
    int dossiers;
    int conforming;
    int withObservations;
    int nonConforming;
    /** Findings by gravity: blocking, to correct, advice (the scale's three first grades). */
    int blocking;
    int toCorrect;
    int advice;

    Criterion(String id) {
      this.id = id;
    }

    void add(CriterionResult result) {
      dossiers++;
      switch (result.verdict()) {
        case CONFORMING -> conforming++;
        case CONFORMING_WITH_OBSERVATIONS -> withObservations++;
        case NON_CONFORMING -> nonConforming++;
        default -> throw new AssertionError(result.verdict());
      }
      blocking += result.counts().count(Gravity.BLOCKING);
      toCorrect += result.counts().count(Gravity.TO_CORRECT);
      advice += result.counts().count(Gravity.ADVICE);
    }

    List<String> row() {
      return List.of(id, title, String.valueOf(dossiers), String.valueOf(conforming), String.valueOf(withObservations),
          String.valueOf(nonConforming), String.valueOf(blocking), String.valueOf(toCorrect),
          String.valueOf(advice));
    }
  }

  /**
   * Builds the view.
   *
   * @param entries the inputs of the batch, in order
   * @param t the texts of the summary's language
   * @return the view
   */
  public static BatchView of(List<BatchEntry> entries, Texts t) {
    List<BatchEntry> all = List.copyOf(Objects.requireNonNull(entries, "entries"));
    List<List<String>> dossiers = new ArrayList<>(all.size());
    Map<String, Criterion> criteria = new LinkedHashMap<>();
    int read = 0;
    int gaps = 0;
    GradingScale scale = null;
    for (BatchEntry entry : all) {
      if (entry.report().isEmpty()) {
        dossiers.add(List.of(entry.input(), "", "", "", t.get("batch.unreadable"), "", "", "", "",
            entry.error().orElse("")));
        continue;
      }
      ConformityReport r = entry.report().get();
      if (scale == null) {
        scale = ConformityViews.scaleOf(r);
      }
      Referential referential = entry.referential().orElseThrow();
      read++;
      if (r.verdict() == Verdict.NON_CONFORMING) {
        gaps++;
      }
      FindingCounts c = r.counts();
      dossiers.add(List.of(entry.input(), r.establishmentName().orElse(""),
          r.establishmentUai().map(Object::toString).orElse(""), r.referentialId() + "@" + r.referentialEdition(),
          t.word(r.verdict()), String.valueOf(c.count(Gravity.BLOCKING)), String.valueOf(c.count(Gravity.TO_CORRECT)),
          String.valueOf(c.count(Gravity.ADVICE)), ready(r, t), ""));
      for (CriterionResult result : r.criteria()) {
        Criterion a = criteria.computeIfAbsent(result.criterionId(), Criterion::new);
        if (a.title.isEmpty()) {
          a.title = Views.title(referential, result.criterionId());
        }
        a.add(result);
      }
    }
    // A batch of dossiers only is worded as such; one that holds other kinds (audit files, annual
    // reviews, review files) speaks of documents.
    String words = all.stream().flatMap(e -> e.report().stream())
        .allMatch(r -> r.documentKind() == DocumentKind.DOSSIER) ? "" : ".documents";
    GradingScale columns = scale == null ? GradingScale.DOSSIER_CHECK : scale;
    String blocking = t.get("Severity." + columns.severityOf(Gravity.BLOCKING).name());
    String toCorrect = t.get("Severity." + columns.severityOf(Gravity.TO_CORRECT).name());
    String advice = t.get("Severity." + columns.severityOf(Gravity.ADVICE).name());
    List<String> dossierHeader = List.of(t.get("batch.col.input"), t.get("batch.col.establishment"),
        t.get("batch.col.uai"), t.get("batch.col.referential"), t.get("report.col.verdict"), blocking,
        toCorrect, advice, t.get("batch.col.ready"), t.get("batch.col.error"));
    List<String> criterionHeader = List.of(t.get("report.col.criterion"), t.get("report.col.title"),
        t.get("batch.col.dossiers" + words), t.word(Verdict.CONFORMING), t.word(Verdict.CONFORMING_WITH_OBSERVATIONS),
        t.word(Verdict.NON_CONFORMING), blocking, toCorrect, advice);
    String title = t.get("batch.title" + words);
    return new BatchView(Views.page(t, title),
        new BatchView.Labels(title, t.get("batch.perDossier" + words), t.get("batch.perCriterion" + words)),
        t.get("batch.totals" + words, all.size(), read, gaps, all.size() - read),
        new TableView(dossierHeader, dossiers),
        new TableView(criterionHeader, criteria.values().stream().map(Criterion::row).toList()));
  }

  /**
   * Whether a checked document is ready for audit: said of a dossier and of an audit file, whose
   * reports weigh what blocks an audit or a label; an annual review or a review file is not on the way
   * to an audit, so its cell is a dash.
   */
  private static String ready(ConformityReport r, Texts t) {
    if (r.documentKind() != DocumentKind.DOSSIER && r.documentKind() != DocumentKind.AUDIT_FILE) {
      return "—";
    }
    return t.get(r.readyForAudit() ? "batch.yes" : "batch.no");
  }
}
