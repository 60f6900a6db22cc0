package io.github.ldmlib.bench;

import io.github.ldmlib.io.LdmJson;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.rules.BuiltInRules;
import io.github.ldmlib.rules.Checker;
import io.github.ldmlib.rules.Rule;
import io.github.ldmlib.test.DossierGenerator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** What every measurement shares: the referential, the generated dossiers and their bytes. */
final class BenchData {

  /** The referential every dossier answers. */
  static final String REFERENTIAL = "ldm-national-2023";
  /** The seed of the benchmarked dossiers. */
  static final long SEED = 42;
  /** The rule that turns Bean Validation violations into findings. */
  static final String WELL_FORMED = "LDM-V-001";
  /** Compact JSON, as a batch or a web service would stream it. */
  static final LdmJson JSON = LdmJson.defaults().withPrettyPrint(false);

  private BenchData() {}

  static Referential referential() {
    return Referentials.latest(REFERENTIAL);
  }

  static DossierGenerator generator(Referential referential, DossierGenerator.Size size) {
    return DossierGenerator.of(referential, SEED).withSize(size);
  }

  static LocalDate asOf(Referential referential) {
    return generator(referential, DossierGenerator.Size.S).asOf();
  }

  static byte[] bytes(Dossier dossier) {
    return JSON.writeString(dossier).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Hibernate Validator as an application would set it up for its own classes: the default
   * provider, messages interpolated without Expression Language.
   */
  static jakarta.validation.Validator plainValidator() {
    return jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class).configure()
        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
  }

  /** The built-in rules without Bean Validation: what the rules alone cost. */
  static Checker<Dossier> rulesOnly(Referential referential) {
    return rulesOnly(DocumentKind.DOSSIER, WELL_FORMED, referential);
  }

  /** The built-in rules of a kind without its well-formedness rule (Bean Validation). */
  static <D> Checker<D> rulesOnly(DocumentKind<D> kind, String wellFormed, Referential referential) {
    List<Rule<D>> rules = BuiltInRules.of(kind).stream().filter(r -> !r.id().equals(wellFormed)).toList();
    return Checker.builder(kind).referential(referential).builtInRules(false).addRules(rules).build();
  }
}
