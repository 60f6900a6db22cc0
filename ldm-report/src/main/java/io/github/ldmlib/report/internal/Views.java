package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.LibraryVersion;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.Requirement;
import io.github.ldmlib.report.view.Fact;
import io.github.ldmlib.report.view.PageView;
import io.github.ldmlib.report.view.RequirementView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The parts of the views that every report builds the same way: page frame, anchors, requirements, criteria. */
public final class Views {

  private Views() {}

  /**
   * The page frame of a report.
   *
   * @param t the texts of the report's language
   * @param title the title of the page
   * @return the frame
   */
  public static PageView page(Texts t, String title) {
    String version = LibraryVersion.current();
    return new PageView(t.language(), title, "ldm " + version, t.get("report.generated", version));
  }

  /** Turns an id into a token safe for an {@code id} attribute and a fragment link: {@code criterion-C4}. */
  public static String anchor(String prefix, String id) {
    StringBuilder s = new StringBuilder(prefix);
    for (char c : id.toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
    }
    return s.toString();
  }

  /** The anchor in lower case, as Markdown renderers name them: {@code criterion-c4}. */
  public static String markdownAnchor(String anchor) {
    return anchor.toLowerCase(Locale.ROOT);
  }

  /**
   * A requirement in its official wording with its source.
   *
   * @param q the requirement
   * @param t the texts of the report's language
   * @return its view
   */
  public static RequirementView requirement(Requirement q, Texts t) {
    return new RequirementView(q.id(), anchor("requirement-", q.id()), q.group(), q.text(),
        q.networkOnly() ? Optional.of(t.get("report.networkOnly")) : Optional.empty(), q.subItems(),
        t.get("report.source", q.source().toString()));
  }

  /**
   * The requirements of a referential with the given ids, each once, in the order first named;
   * ids the referential lacks are left out.
   */
  public static List<RequirementView> requirements(Referential referential, Stream<String> ids, Texts t) {
    Set<String> distinct = new LinkedHashSet<>();
    ids.forEach(distinct::add);
    List<RequirementView> out = new ArrayList<>();
    distinct.forEach(id -> referential.requirement(id).ifPresent(q -> out.add(requirement(q, t))));
    return out;
  }

  /** The referential's criteria in order, then any other criterion id a document names. */
  public static List<String> criteria(Referential referential, Stream<String> named) {
    Set<String> ids = new LinkedHashSet<>();
    referential.criteria().forEach(c -> ids.add(c.id()));
    named.forEach(ids::add);
    return List.copyOf(ids);
  }

  /** The title of a criterion, or empty for a criterion the referential lacks. */
  public static String title(Referential referential, String criterionId) {
    return referential.criterion(criterionId).map(Criterion::title).orElse("");
  }

  /** « C4 — title », or the id alone for a criterion the referential lacks. */
  public static String heading(Referential referential, String criterionId) {
    return referential.criterion(criterionId).map(c -> c.id() + " — " + c.title()).orElse(criterionId);
  }

  /** The referential as a fact: « Référentiel » and « title (id, édition …) ». */
  public static Fact referential(Referential referential, Texts t) {
    return new Fact(t.get("report.referential"),
        t.get("report.referentialValue", referential.title(), referential.id(), referential.edition().title()));
  }
}
