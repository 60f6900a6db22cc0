package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the library's own catalogue, dossier or audit: its metadata and the documentation of
 * docs/rules.md. The subclasses add the check.
 */
public abstract class BuiltIn {

  private final String id;
  private final Severity severity;
  private final Optional<SourceRef> source;
  private final boolean protectedRule;
  private final String checks;
  private final String reads;
  private final String citing;

  BuiltIn(Builder b) {
    this.id = Objects.requireNonNull(b.id);
    this.severity = Objects.requireNonNull(b.severity);
    this.source = Optional.ofNullable(b.source);
    this.protectedRule = b.protectedRule;
    this.checks = Objects.requireNonNull(b.checks, "checks");
    this.reads = Objects.requireNonNull(b.reads, "reads");
    this.citing = b.citing;
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** The default severity. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** The source, if any. */
  public Optional<SourceRef> source() {
    return source;
  }

  /** The bundle of every built-in rule. */
  public String messageBundle() {
    return Messages.BUILT_IN_BUNDLE;
  }

  /**
   * The title.
   *
   * @param locale the language
   * @return the title
   */
  public String title(Locale locale) {
    return Messages.title(this, id, Messages.BUILT_IN_BUNDLE, locale);
  }

  /** True when no tailoring may disable the rule or change its severity. */
  public boolean isProtected() {
    return protectedRule;
  }

  /** What the rule checks, in English, for docs/rules.md. */
  public String checks() {
    return checks;
  }

  /** What data of the referential the rule reads, in English, for docs/rules.md. */
  public String reads() {
    return reads;
  }

  /** What the findings cite when the rule has no source of its own, in English, for docs/rules.md. */
  public Optional<String> citing() {
    return Optional.ofNullable(citing);
  }

  @Override
  public String toString() {
    return id;
  }

  /** Builds a built-in rule: metadata first, then the check, which makes a dossier or an audit rule. */
  public static final class Builder {
    private final String id;
    private final Severity severity;
    private SourceRef source;
    private boolean protectedRule;
    private String checks;
    private String reads = "—";
    private String citing;

    Builder(String id, Severity severity) {
      this.id = id;
      this.severity = severity;
    }

    /** Sets the source. */
    public Builder source(SourceRef ref) {
      this.source = ref;
      return this;
    }

    /** Makes the rule protected from tailoring. */
    public Builder protect() {
      this.protectedRule = true;
      return this;
    }

    /** Sets what the rule checks. */
    public Builder checks(String text) {
      this.checks = text;
      return this;
    }

    /** Sets what data the rule reads. */
    public Builder reads(String text) {
      this.reads = text;
      return this;
    }

    /** Says what the findings cite, for a rule without a source of its own. */
    public Builder citing(String text) {
      this.citing = text;
      return this;
    }

    /** Sets the check of a dossier rule and builds it. */
    public BuiltInRule check(BuiltInRule.Check c) {
      return new BuiltInRule(this, c);
    }

    /** Sets the check of an audit rule and builds it. */
    public BuiltInAuditRule audit(BuiltInAuditRule.Check c) {
      return new BuiltInAuditRule(this, c);
    }
  }
}
