package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.audit.AuditFile;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.internal.ModelTypes.Property;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a check is made on, as a finding sink sees it: which pointers name a place in it, and which
 * criterion a place belongs to.
 */
public interface Target {

  /**
   * Explains why a pointer names no place in the checked value.
   *
   * @param pointer the pointer, not null
   * @return the problem, or empty when the pointer is valid
   */
  Optional<String> problem(String pointer);

  /**
   * Returns the criterion of the referential that a place belongs to, if any.
   *
   * @param pointer a valid pointer
   * @return the criterion id, or empty
   */
  Optional<String> criterionAt(String pointer);

  /** The key of the LDM-E-001 message for a pointer that names no place. */
  String invalidPointerKey();

  /**
   * The target of a dossier check: a place in a criterion section belongs to its criterion.
   *
   * @param context the check
   * @return the target
   */
  static Target of(CheckContext context) {
    return new Target() {
      @Override
      public Optional<String> problem(String pointer) {
        return PointerCheck.problem(context.dossier(), Dossier.class, pointer);
      }

      @Override
      public Optional<String> criterionAt(String pointer) {
        if (!pointer.startsWith("/sections/")) {
          return Optional.empty();
        }
        List<String> tokens = Pointers.parse(pointer);
        int index = Pointers.index(tokens.get(1));
        List<CriterionSection> sections = context.dossier().sections();
        if (index < 0 || index >= sections.size()) {
          return Optional.empty();
        }
        String id = sections.get(index).criterionId();
        return ReferentialIndex.of(context).criterion(id).isPresent() ? Optional.of(id) : Optional.empty();
      }

      @Override
      public String invalidPointerKey() {
        return "invalidPointer";
      }
    };
  }

  /**
   * The target of an audit check: a place belongs to the criterion named by the innermost value on
   * its path that has a {@code criterionId} (a dashboard entry, a gap, an improvement axis, a
   * remark, an interviewee), when the referential has that criterion.
   *
   * @param context the check
   * @return the target
   */
  static Target of(AuditContext context) {
    return new Target() {
      @Override
      public Optional<String> problem(String pointer) {
        return PointerCheck.problem(context.audit(), AuditFile.class, pointer);
      }

      @Override
      public Optional<String> criterionAt(String pointer) {
        return innermostCriterion(context.audit(), AuditFile.class, pointer, context.referential());
      }

      @Override
      public String invalidPointerKey() {
        return "invalidAuditPointer";
      }
    };
  }

  private static Optional<String> innermostCriterion(Object root, Class<?> rootType, String pointer, Referential referential) {
    List<String> tokens = Pointers.parse(pointer);
    Object value = root;
    Class<?> type = rootType;
    String found = null;
    for (int i = 0; i < tokens.size() && value != null && ModelTypes.isNode(type); i++) {
      Optional<Property> property = ModelTypes.property(type, tokens.get(i));
      if (property.isEmpty()) {
        break;
      }
      Object raw = property.get().read(value);
      switch (property.get().kind()) {
        case COLLECTION -> {
          int index = i + 1 < tokens.size() ? Pointers.index(tokens.get(++i)) : -1;
          List<?> list = List.copyOf((Collection<?>) raw);
          value = index >= 0 && index < list.size() ? list.get(index) : null;
        }
        case OPTIONAL -> value = ((Optional<?>) raw).orElse(null);
        case VALUE -> value = raw;
        default -> value = null;
      }
      type = property.get().target();
      if (value != null && ModelTypes.isNode(type)) {
        Optional<Property> criterion = ModelTypes.property(type, "criterionId");
        if (criterion.isPresent()) {
          Object id = criterion.get().read(value);
          if (id instanceof Optional<?> o) {
            id = o.orElse(null);
          }
          if (id instanceof String s && referential.criterion(s).isPresent()) {
            found = s;
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }
}
