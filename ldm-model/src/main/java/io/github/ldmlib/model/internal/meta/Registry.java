package io.github.ldmlib.model.internal.meta;

import io.github.ldmlib.model.meta.ModelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the declared type of a class. The types of each area of the model are declared in a holder
 * of their own ({@link SharedTypes}, {@link DossierTypes}, {@link ReferentialTypes}, {@link
 * ProfileTypes}, {@link ReportTypes}, {@link AuditTypes}, {@link ReviewTypes}), which the JVM initialises at first use:
 * the first look-up of a dossier type describes the dossier's types and the shared ones only. A
 * class is looked up among the holders of its package.
 *
 * <p>This class is thread-safe. It is internal: public only for {@link ModelType}.
 */
public final class Registry {

  private static final ClassValue<Optional<ModelType<?>>> TYPES = new ClassValue<>() {
    @Override
    protected Optional<ModelType<?>> computeValue(Class<?> type) {
      return find(type);
    }
  };

  private Registry() {}

  /**
   * Finds the model type of a class, or of the model class it extends.
   *
   * @param type the class
   * @return the type, or empty
   */
  public static Optional<ModelType<?>> of(Class<?> type) {
    return TYPES.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns every declared type, area by area.
   *
   * @return an unmodifiable list
   */
  public static List<ModelType<?>> all() {
    return All.TYPES;
  }

  /** Every type; initialised at first use, since it describes every area. */
  private static final class All {
    static final List<ModelType<?>> TYPES = all();

    private static List<ModelType<?>> all() {
      List<ModelType<?>> all = new ArrayList<>();
      all.addAll(SharedTypes.TYPES);
      all.addAll(DossierTypes.TYPES);
      all.addAll(ReferentialTypes.TYPES);
      all.addAll(ProfileTypes.TYPES);
      all.addAll(ReportTypes.TYPES);
      all.addAll(AuditTypes.TYPES);
      all.addAll(ReviewTypes.TYPES);
      return List.copyOf(all);
    }
  }

  private static Optional<ModelType<?>> find(Class<?> type) {
    String packageName = type.getPackageName();
    for (Supplier<List<ModelType<?>>> area : areas(packageName)) {
      // The class or the model class it extends in its package (an implementation that Immutables
      // generates), before the next holder is initialised.
      for (Class<?> c = type; c != null && c.getPackageName().equals(packageName); c = c.getSuperclass()) {
        for (ModelType<?> declared : area.get()) {
          if (declared.type() == c) {
            return Optional.of(declared);
          }
        }
      }
    }
    Class<?> superclass = type.getSuperclass();
    return superclass == null ? Optional.empty() : of(superclass);
  }

  /**
   * The holders that may declare the classes of a package, the shared types first; each is asked in
   * turn, so that a holder is initialised only when the ones before it do not declare the class.
   */
  private static List<Supplier<List<ModelType<?>>>> areas(String packageName) {
    return switch (packageName) {
      case "io.github.ldmlib.model.dossier" -> List.of(() -> SharedTypes.TYPES, () -> DossierTypes.TYPES);
      case "io.github.ldmlib.model.referential" ->
          List.of(() -> SharedTypes.TYPES, () -> ReferentialTypes.TYPES, () -> ProfileTypes.TYPES);
      case "io.github.ldmlib.model.conformity" -> List.of(() -> ReportTypes.TYPES);
      case "io.github.ldmlib.model.audit" -> List.of(() -> AuditTypes.TYPES);
      case "io.github.ldmlib.model.review" -> List.of(() -> ReviewTypes.TYPES);
      default -> List.of();
    };
  }
}
