package io.github.ldmlib.test;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleProvider;
import java.util.List;
import java.util.Optional;

/** Custom rules for the kit's own tests, with their messages in the bundle {@code kitrules}. */
final class KitRules {

  private KitRules() {}

  static final String BUNDLE = "io.github.ldmlib.test.kitrules";

  /** A well-behaved rule: every section names its coordinator. */
  static final Rule COORDINATOR = new Base("KIT-001", Severity.MINOR_GAP) {
    @Override
    public void check(CheckContext context, FindingSink findings) {
      List<CriterionSection> sections = context.dossier().sections();
      for (int i = 0; i < sections.size(); i++) {
        if (sections.get(i).team().flatMap(CriterionTeam::coordinator).isEmpty()) {
          findings.report("/sections/" + i + "/team/coordinator", "missing", sections.get(i).criterionId());
        }
      }
    }
  };

  /** A rule that throws. */
  static final Rule THROWS = new Base("KIT-002", Severity.MINOR_GAP) {
    @Override
    public void check(CheckContext context, FindingSink findings) {
      throw new IllegalStateException("boom");
    }
  };

  /** A rule that reports a place that does not exist in the dossier. */
  static final Rule WRONG_PLACE = new Base("KIT-003", Severity.MINOR_GAP) {
    @Override
    public void check(CheckContext context, FindingSink findings) {
      findings.report("/sections/99/diagnosis", "found");
    }
  };

  /** A rule whose bundle lacks its title. */
  static final Rule NO_TITLE = new Base("KIT-004", Severity.MINOR_GAP) {
    @Override
    public void check(CheckContext context, FindingSink findings) {}
  };

  /** A rule that takes an id reserved for the built-in rules. */
  static final Rule RESERVED_ID = new Base("LDM-D-999", Severity.MINOR_GAP) {
    @Override
    public void check(CheckContext context, FindingSink findings) {}
  };

  private abstract static class Base implements Rule {
    private final String id;
    private final Severity severity;

    Base(String id, Severity severity) {
      this.id = id;
      this.severity = severity;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity defaultSeverity() {
      return severity;
    }

    @Override
    public Optional<String> criterionId() {
      return Optional.empty();
    }

    @Override
    public String messageBundle() {
      return BUNDLE;
    }
  }

  /** Ships {@link #COORDINATOR} through {@code META-INF/services}, as an academy would. */
  public static final class Provider implements RuleProvider {
    @Override
    public List<Rule> rules() {
      return List.of(COORDINATOR);
    }
  }
}
