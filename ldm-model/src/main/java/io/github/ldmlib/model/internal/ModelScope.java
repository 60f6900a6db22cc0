package io.github.ldmlib.model.internal;

import io.github.ldmlib.model.audit.AuditDashboard;
import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.audit.AuditPlan;
import io.github.ldmlib.model.audit.AuditSummary;
import io.github.ldmlib.model.audit.AuditorPool;
import io.github.ldmlib.model.audit.LabelDecision;
import io.github.ldmlib.model.audit.LabelRecord;
import io.github.ldmlib.model.conformity.ConformityReport;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.AcademyProfile;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ReviewFile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes of the model that Bean Validation may meet: every type reachable through the
 * accessors of the documents (and of the audit file), with the implementation Immutables
 * generates for each value type. The shared validator initialises the metadata of exactly these
 * classes up front, and so knows that the model holds no cycle.
 */
public final class ModelScope {

  private static final String MODEL_PACKAGE = "io.github.ldmlib.model";

  /** The classes, discovered on first use: discovery loads every class of the model. */
  private static final class Discovered {
    static final Set<Class<?>> CLASSES = discover(Set.of(
        Dossier.class, Referential.class, AcademyProfile.class, ConformityReport.class, AuditPlan.class,
        AuditDashboard.class, AuditSummary.class, LabelDecision.class, LabelRecord.class,
        AuditorPool.class, AuditFile.class, AnnualReview.class, ReviewFile.class));
  }

  private ModelScope() {}

  /** The classes of the model, value types and their generated implementations. */
  public static Set<Class<?>> classes() {
    return Discovered.CLASSES;
  }

  /**
   * Tells whether an object's class is one the shared validator knows.
   *
   * @param type the class of the validated object
   * @return true when it belongs to the model's scope
   */
  public static boolean contains(Class<?> type) {
    return Discovered.CLASSES.contains(type);
  }

  /**
   * Tells, without discovering the model, whether a class belongs to the model's packages (any
   * package of the model but its internal ones).
   *
   * @param type a class
   * @return true when it is a class of the model's packages
   */
  public static boolean inModelPackages(Class<?> type) {
    return !type.isPrimitive() && type.getPackageName().startsWith(MODEL_PACKAGE)
        && !type.getPackageName().startsWith(MODEL_PACKAGE + ".internal");
  }

  private static Set<Class<?>> discover(Set<Class<?>> roots) {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> queue = new ArrayDeque<>(roots);
    while (!queue.isEmpty()) {
      Class<?> type = queue.pop();
      if (!inModelPackages(type) || type.isEnum() || !found.add(type)) {
        continue;
      }
      implementation(type).ifPresent(queue::push);
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
          collect(m.getGenericReturnType(), queue);
        }
      }
    }
    return Set.copyOf(found);
  }

  private static java.util.Optional<Class<?>> implementation(Class<?> type) {
    if (!Modifier.isAbstract(type.getModifiers()) || type.isInterface() || type.getEnclosingClass() != null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(),
          false, type.getClassLoader()));
    } catch (ClassNotFoundException notAValueType) {
      return java.util.Optional.empty();
    }
  }

  private static void collect(Type type, Deque<Class<?>> queue) {
    if (type instanceof Class<?> c) {
      queue.push(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), queue);
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, queue);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        collect(bound, queue);
      }
    }
  }
}
