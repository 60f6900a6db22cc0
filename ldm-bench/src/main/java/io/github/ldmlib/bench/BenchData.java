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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

  /**
   * Reads a document of the benchmarks, whose bytes are generated and valid.
   *
   * @param type the document's model type
   * @param bytes its JSON
   * @param <T> the model type
   * @return the document
   */
  static <T> T read(Class<T> type, byte[] bytes) {
    try {
      return JSON.read(type, new ByteArrayInputStream(bytes), "bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /**
   * The JSON bytes that distinct copies of a document must add up to, so that the copies' objects
   * cannot stay in the processor's caches between two uses of one copy: twice the 32 MiB L3 cache of
   * the machine of docs/performance.md, and the heap a model takes is larger than its JSON.
   */
  static final long COLD_BYTES = 64L << 20;

  /**
   * Distinct copies of a document, taken in turn: a stage measured on them finds a document that is
   * not in the cache, as a real check does after the reader has built it, at every size (a stage
   * measured on one copy again and again finds a small document in the cache, a large one never).
   *
   * @param <T> the document's type
   */
  static final class Copies<T> {
    private final List<T> copies;
    private int next;

    /**
     * Makes as many copies as {@link #COLD_BYTES} needs, at least two.
     *
     * @param bytes the size of the document's JSON
     * @param copy makes a new copy (reads the bytes again)
     */
    Copies(int bytes, Supplier<T> copy) {
      int count = (int) Math.max(2, (COLD_BYTES + bytes - 1) / bytes);
      List<T> made = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        made.add(copy.get());
      }
      this.copies = List.copyOf(made);
    }

    /** The next copy, in turn; for one thread. */
    T next() {
      T copy = copies.get(next);
      next = next + 1 == copies.size() ? 0 : next + 1;
      return copy;
    }

    /** How many copies there are. */
    int size() {
      return copies.size();
    }
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
