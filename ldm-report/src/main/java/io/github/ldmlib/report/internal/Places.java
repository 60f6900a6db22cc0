package io.github.ldmlib.report.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.meta.ModelType;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.AxisProgress;
import io.github.ldmlib.model.review.BodyPresentation;
import io.github.ldmlib.model.review.IndicatorMeasure;
import io.github.ldmlib.model.review.InitiativeProgress;
import io.github.ldmlib.model.review.ReviewSection;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the JSON Pointer of a finding into words a reader of the document understands, for example
 * {@code /sections/3/actions/0/addedValue} into « Section C4 › Action 1 « Bureau des entreprises »
 * › Plus-value », or, in an annual review, {@code /sections/0/progress/1/reason} into « Section C4
 * › Avancement « C4.A1 » › Raison ». A token that names nothing in the document (an absent field)
 * is still shown, as a field name: that is where the missing element belongs.
 */
public final class Places {

  private Places() {}

  /**
   * Describes a place in a document.
   *
   * @param root the document, for example a {@link io.github.ldmlib.model.dossier.Dossier}
   * @param pointer the place; the root pointer for the whole document
   * @param t the texts of the language
   * @return the description, parts joined by « › »
   */
  public static String describe(Object root, JsonPointer pointer, Texts t) {
    if (pointer.isRoot()) {
      return t.get("place.whole");
    }
    List<String> tokens = pointer.tokens();
    List<String> parts = new ArrayList<>();
    Object node = root;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Object child = node == null ? null : child(node, token);
      int index = i + 1 < tokens.size() ? JsonPointer.index(tokens.get(i + 1)) : -1;
      if (child instanceof List<?> list && index >= 0) {
        Object element = index < list.size() ? list.get(index) : null;
        parts.add(element == null ? field(token, t) + " " + (index + 1) : element(token, element, index, t));
        node = element;
        i++;
      } else {
        parts.add(field(token, t));
        node = child instanceof List<?> ? null : child;
      }
    }
    return String.join(" › ", parts);
  }

  private static String element(String field, Object element, int index, Texts t) {
    int n = index + 1;
    if (element instanceof CriterionSection s) {
      return t.get("place.section", s.criterionId());
    } else if (element instanceof Action a) {
      return t.get("place.action", n, a.title());
    } else if (element instanceof Engagement e) {
      return t.get("place.engagement", n, e.title());
    } else if (element instanceof Objective) {
      return t.get("place.objective", n);
    } else if (element instanceof Indicator ind) {
      return t.get("place.indicator", ind.label());
    } else if (element instanceof Measure m) {
      return t.get("place.measure", t.word(m.milestone()), m.schoolYear().toString());
    } else if (element instanceof Evidence e) {
      return t.get("place.evidence", e.id());
    } else if (element instanceof Establishment e) {
      return t.get("place.coApplicant", n, e.name());
    } else if (element instanceof ReviewSection s) {
      return t.get("place.section", s.criterionId());
    } else if (element instanceof InitiativeProgress p) {
      return t.get("place.progress", p.initiativeId());
    } else if (element instanceof IndicatorMeasure m) {
      return t.get("place.indicatorMeasure", m.indicatorId());
    } else if (element instanceof BodyPresentation p) {
      return t.get("place.presentation", n, t.word(p.body()));
    } else if (element instanceof AnnualReview r) {
      return t.get("place.review", r.schoolYear().toString());
    } else if (element instanceof AxisProgress a) {
      return t.get("place.axis", a.axisId());
    } else if (element instanceof Person p) {
      return t.get("place.person", field(field, t), n, p.lastName());
    }
    return field(field, t) + " " + n;
  }

  private static String field(String name, Texts t) {
    try {
      return t.get("field." + name);
    } catch (MissingResourceException | IllegalArgumentException e) {
      return name;
    }
  }

  /** The value of a property of a model object, Optional unwrapped; null when there is none. */
  @SuppressWarnings("unchecked")
  private static Object child(Object node, String name) {
    Optional<? extends ModelProperty<?>> property = ModelType.of(node.getClass()).flatMap(type -> type.property(name));
    if (property.isEmpty()) {
      return null;
    }
    Object value = ((Function<Object, ?>) property.get().accessor()).apply(node);
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }
}
