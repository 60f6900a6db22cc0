package io.github.ldmlib.test;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.dossier.CriterionSection;
import io.github.ldmlib.model.dossier.CriterionTeam;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.MessageSource;
import io.github.ldmlib.rules.Place;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.rules.RuleProvider;
import java.util.List;
import java.util.Optional;

/** Custom rules for the kit's own tests, with their messages in the bundle {@code kitrules}. */
final class KitRules {

  private KitRules() {}

  static final String BUNDLE = "io.github.ldmlib.test.kitrules";

  static final MessageSource MESSAGES = MessageSource.bundle(BUNDLE, KitRules.class.getClassLoader());

  /** A well-behaved rule: every section names its coordinator. */
  static final Rule<Dossier> COORDINATOR = new Base("KIT-001", Severity.TO_COMPLETE) {
    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {
      for (Place<CriterionSection> s : context.each(CriterionSection.class)) {
        if (s.value().team().flatMap(CriterionTeam::coordinator).isEmpty()) {
          findings.report(s.pointer().append("team").append("coordinator"), "missing", s.value().criterionId());
        }
      }
    }
  };

  /** A rule that throws. */
  static final Rule<Dossier> THROWS = new Base("KIT-002", Severity.TO_COMPLETE) {
    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {
      throw new IllegalStateException("boom");
    }
  };

  /** A rule that reports a place that does not exist in the dossier. */
  static final Rule<Dossier> WRONG_PLACE = new Base("KIT-003", Severity.TO_COMPLETE) {
    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {
      findings.report(JsonPointer.parse("/sections/99/diagnosis"), "found");
    }
  };

  /** A rule whose bundle lacks its title. */
  static final Rule<Dossier> NO_TITLE = new Base("KIT-004", Severity.TO_COMPLETE) {
    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {}
  };

  /** A rule that takes an id reserved for the built-in rules. */
  static final Rule<Dossier> RESERVED_ID = new Base("LDM-D-999", Severity.TO_COMPLETE) {
    @Override
    public void check(CheckContext<Dossier> context, FindingSink findings) {}
  };

  private abstract static class Base implements Rule<Dossier> {
    private final String id;
    private final Severity severity;

    Base(String id, Severity severity) {
      this.id = id;
      this.severity = severity;
    }

    @Override
    public DocumentKind<Dossier> kind() {
      return DocumentKind.DOSSIER;
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
    public MessageSource messages() {
      return MESSAGES;
    }
  }

  /** Ships {@link #COORDINATOR} through {@code META-INF/services}, as an academy would. */
  public static final class Provider implements RuleProvider {
    @Override
    public List<Rule<?>> rules() {
      return List.of(COORDINATOR);
    }
  }
}
