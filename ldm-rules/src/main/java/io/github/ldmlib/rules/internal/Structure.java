package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.dossier.Action;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.Engagement;
import io.github.ldmlib.model.meta.ModelProperty;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.StructureElement;
import io.github.ldmlib.model.referential.StructureScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The structure of a dossier (section E of the guide) as the rules read it: the referential's
 * {@code dossierStructure}. Each referential brings its own: the national guide's section E is
 * data of the national referential, and a referential that states no structure demands none.
 *
 * <p>An element's {@code field} is a path of property names relative to its scope, joined by
 * '/', for example {@code diagnosis}, {@code team/coordinator} or {@code
 * implementation/resources}. A path that goes through a list applies to every element of the
 * list: {@code objectives/indicators} asks every objective for at least one indicator. A required
 * element is present when its value is given and, for a list, not empty.
 */
public final class Structure {

  private Structure() {}

  /**
   * Returns the structure elements the rules use for a referential.
   *
   * @param referential the referential
   * @return its dossier structure; empty when it states none (the 2012 note only says that a
   *     « dossier-type » LDM 02 exists), and then the structure rules demand nothing
   */
  public static List<StructureElement> of(Referential referential) {
    return referential.dossierStructure();
  }

  /**
   * Tells whether a structure element is checked by the measure rules rather than by the structure
   * rules: a path that ends in an indicator's {@code measures}. Which measures are due depends on
   * the date and the stage, which those rules know.
   *
   * @param element the element
   * @return true if the structure rules skip it
   */
  public static boolean isDelegated(StructureElement element) {
    return (element.scope() == StructureScope.ACTION || element.scope() == StructureScope.ENGAGEMENT)
        && element.field().endsWith("indicators/measures");
  }

  /**
   * Returns the value type of a scope.
   *
   * @param scope the scope
   * @return the abstract value class
   */
  public static Class<?> typeOf(StructureScope scope) {
    return switch (scope) {
      case DOSSIER -> Dossier.class;
      case CRITERION_SECTION -> CriterionSection.class;
      case ACTION -> Action.class;
      case ENGAGEMENT -> Engagement.class;
    };
  }

  /**
   * Lists the faults of a referential's dossier structure: fields that do not name properties of
   * the model.
   *
   * @param referential the referential
   * @return the faults, each with its place, for example {@code dossierStructure[3].field: ...}
   */
  public static List<String> problems(Referential referential) {
    List<String> problems = new ArrayList<>();
    List<StructureElement> elements = referential.dossierStructure();
    for (int i = 0; i < elements.size(); i++) {
      StructureElement e = elements.get(i);
      int index = i;
      fieldProblem(e.scope(), e.field()).ifPresent(p -> problems.add(
          "dossierStructure[" + index + "].field (" + e.id() + "): " + p));
    }
    return problems;
  }

  private static Optional<String> fieldProblem(StructureScope scope, String field) {
    Class<?> type = typeOf(scope);
    List<String> segments = Arrays.asList(field.split("/", -1));
    for (String segment : segments) {
      if (Models.type(type).isEmpty()) {
        return Optional.of("'" + field + "': nothing lies below a " + type.getSimpleName());
      }
      Optional<ModelProperty<?>> p = Models.property(type, segment);
      if (p.isEmpty()) {
        return Optional.of("'" + field + "': " + type.getSimpleName() + " has no property '" + segment + "'");
      }
      type = p.get().valueClass();
    }
    return Optional.empty();
  }

  /**
   * Resolves a field path once, to look for it under many scope instances.
   *
   * @param rootType the abstract value class of the scope
   * @param field the element's field path, valid for that class (see {@link #problems})
   * @return the resolved path
   * @throws IllegalStateException if the path does not name properties of the model
   */
  public static FieldPath path(Class<?> rootType, String field) {
    // Resolved once per class and field: the structure rules ask for every element at every check.
    // The fields are few, as they must resolve to properties of the model.
    return PATHS.get(rootType).computeIfAbsent(field, f -> resolve(rootType, f));
  }

  private static final ClassValue<Map<String, FieldPath>> PATHS = new ClassValue<>() {
    @Override
    protected Map<String, FieldPath> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private static FieldPath resolve(Class<?> rootType, String field) {
    String[] segments = field.split("/", -1);
    ModelProperty<?>[] chain = new ModelProperty<?>[segments.length];
    Class<?> type = rootType;
    for (int i = 0; i < segments.length; i++) {
      chain[i] = Models.property(type, segments[i]).orElseThrow(
          () -> new IllegalStateException("unresolved structure field " + List.of(segments)));
      type = chain[i].valueClass();
    }
    return new FieldPath(chain);
  }

  /**
   * A field path resolved to the properties it goes through. Looking for it builds no JSON Pointer
   * until an element is found missing: most elements are present.
   */
  public static final class FieldPath {

    private final ModelProperty<?>[] chain;

    private FieldPath(ModelProperty<?>[] chain) {
      this.chain = chain;
    }

    /**
     * Finds where the element is missing under one scope instance.
     *
     * @param root the scope instance, of the class the path was resolved for
     * @param pointer its pointer
     * @param missing receives the pointer of each place where the element is missing
     */
    public void findMissing(Object root, JsonPointer pointer, Consumer<JsonPointer> missing) {
      walk(root, pointer, 0, missing);
    }

    /**
     * Tells whether the element is present everywhere under one scope instance: {@link
     * #findMissing} would report nothing. Makes no pointer.
     *
     * @param root the scope instance, of the class the path was resolved for
     * @return true if nothing is missing
     */
    public boolean isComplete(Object root) {
      return complete(root, 0);
    }

    private boolean complete(Object value, int i) {
      ModelProperty<?> p = chain[i];
      Object raw = Models.read(p, value);
      if (i == chain.length - 1) {
        return Models.isPresent(p.holding(), raw);
      }
      switch (p.holding()) {
        case LIST, ENUM_SET -> {
          for (Object element : (Collection<?>) raw) {
            if (!complete(element, i + 1)) {
              return false;
            }
          }
          return true;
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) raw;
          if (o.isPresent()) {
            return complete(o.get(), i + 1);
          }
          // Under an absent value, the element is missing unless the rest of the path goes through a list.
          for (int k = i + 1; k < chain.length - 1; k++) {
            if (Models.isCollection(chain[k])) {
              return true;
            }
          }
          return false;
        }
        case ONE -> {
          return complete(raw, i + 1);
        }
        default -> {
          // Nothing lies below: findMissing says so.
          return false;
        }
      }
    }

    private void walk(Object value, JsonPointer place, int i, Consumer<JsonPointer> missing) {
      ModelProperty<?> p = chain[i];
      JsonPointer here = place.append(p.name());
      Object raw = Models.read(p, value);
      if (i == chain.length - 1) {
        if (!Models.isPresent(p.holding(), raw)) {
          missing.accept(here);
        }
        return;
      }
      switch (p.holding()) {
        case LIST, ENUM_SET -> {
          int index = 0;
          for (Object element : (Collection<?>) raw) {
            walk(element, here.append(index++), i + 1, missing);
          }
        }
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) raw;
          if (o.isPresent()) {
            walk(o.get(), here, i + 1, missing);
          } else {
            absentBelow(here, i + 1, missing);
          }
        }
        case ONE -> walk(raw, here, i + 1, missing);
        case OPTIONAL_INT -> throw new IllegalStateException("nothing lies below " + here);
        default -> throw new AssertionError(p.holding());
      }
    }

    /** Under an absent value, the element is missing unless the rest of the path goes through a list. */
    private void absentBelow(JsonPointer place, int i, Consumer<JsonPointer> missing) {
      JsonPointer at = place;
      for (int k = i; k < chain.length; k++) {
        at = at.append(chain[k].name());
        if (k < chain.length - 1 && Models.isCollection(chain[k])) {
          return;
        }
      }
      missing.accept(at);
    }
  }
}
