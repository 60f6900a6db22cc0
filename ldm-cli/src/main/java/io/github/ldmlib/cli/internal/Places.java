package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.dossier.Establishment;
import io.github.ldmlib.model.dossier.Evidence;
import io.github.ldmlib.model.dossier.Indicator;
import io.github.ldmlib.model.dossier.Measure;
import io.github.ldmlib.model.dossier.Objective;
import io.github.ldmlib.model.dossier.Person;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Turns the JSON Pointer of a finding into words a reader of the dossier understands, for example
 * {@code /sections/3/actions/0/addedValue} into « Section C4 › Action 1 « Bureau des entreprises »
 * › Plus-value ». A token that names nothing in the dossier (an absent field) is still shown, as a
 * field name: that is where the missing element belongs.
 */
public final class Places {

  private Places() {}

  /**
   * Describes a place in a document.
   *
   * @param root the document, for example a {@link io.github.ldmlib.model.dossier.Dossier}
   * @param pointer the RFC 6901 pointer; empty for the whole document
   * @param t the texts of the language
   * @return the description, parts joined by « › »
   */
  public static String describe(Object root, String pointer, Texts t) {
    if (pointer.isEmpty()) {
      return t.get("place.whole");
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    List<String> parts = new ArrayList<>();
    Object node = root;
    for (int i = 0; i < tokens.length; i++) {
      String token = unescape(tokens[i]);
      Object child = node == null ? null : child(node, token);
      if (child instanceof List<?> list && i + 1 < tokens.length && isIndex(tokens[i + 1])) {
        int index = Integer.parseInt(tokens[i + 1]);
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

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** The value of a fluent accessor of a model object, Optional unwrapped; null when there is none. */
  private static Object child(Object node, String name) {
    Method accessor = accessor(node.getClass(), name);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(node);
      return value instanceof Optional<?> o ? o.orElse(null) : value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      return null;
    }
  }

  /** Finds the accessor on a public type: the generated implementations are package-private. */
  private static Method accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Method m = publicMethod(c, name);
      if (m != null) {
        return m;
      }
      for (Class<?> i : c.getInterfaces()) {
        m = publicMethod(i, name);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  private static Method publicMethod(Class<?> c, String name) {
    if (!Modifier.isPublic(c.getModifiers()) || !c.getPackageName().startsWith("io.github.ldmlib.model")) {
      return null;
    }
    try {
      Method m = c.getMethod(name);
      return m.getParameterCount() == 0 && Modifier.isPublic(m.getDeclaringClass().getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
