package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.conformity.Severity;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.AuditContext;
import io.github.ldmlib.rules.CheckContext;
import io.github.ldmlib.rules.FindingSink;
import io.github.ldmlib.rules.RuleMetadata;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the library's own catalogue, dossier or audit: its metadata, the documentation of
 * docs/rules.md and its check. The subclasses only say which kind of rule it is.
 *
 * @param <C> what the rule checks: a {@link CheckContext} or an {@link AuditContext}
 */
public abstract class BuiltIn<C> implements RuleMetadata {

  /**
   * The check of a built-in rule.
   *
   * @param <C> what the rule checks
   */
  @FunctionalInterface
  public interface Check<C> {
    /**
     * Runs the check.
     *
     * @param context the check
     * @param findings the sink
     */
    void run(C context, FindingSink findings);
  }

  private final String id;
  private final Severity severity;
  private final Optional<SourceRef> source;
  private final boolean protectedRule;
  private final String checks;
  private final String reads;
  private final String citing;
  private final Check<C> check;

  BuiltIn(Builder b, Check<C> check) {
    this.id = Objects.requireNonNull(b.id);
    this.severity = Objects.requireNonNull(b.severity);
    this.source = Optional.ofNullable(b.source);
    this.protectedRule = b.protectedRule;
    this.checks = Objects.requireNonNull(b.checks, "checks");
    this.reads = Objects.requireNonNull(b.reads, "reads");
    this.citing = b.citing;
    this.check = Objects.requireNonNull(check, "check");
  }

  /**
   * Starts a built-in rule.
   *
   * @param id the id
   * @param severity the default severity
   * @return a builder
   */
  public static Builder of(String id, Severity severity) {
    return new Builder(id, severity);
  }

  /**
   * Runs the check: the implementation of {@code Rule.check} or {@code AuditRule.check}.
   *
   * @param context what is checked
   * @param findings the sink
   */
  public final void check(C context, FindingSink findings) {
    check.run(context, findings);
  }

  /** The id. */
  @Override
  public String id() {
    return id;
  }

  /** The default severity. */
  @Override
  public Severity defaultSeverity() {
    return severity;
  }

  /** The source, if any. */
  @Override
  public Optional<SourceRef> source() {
    return source;
  }

  /** The bundle of every built-in rule. */
  @Override
  public String messageBundle() {
    return Messages.BUILT_IN_BUNDLE;
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
    public BuiltInRule check(Check<CheckContext> c) {
      return new BuiltInRule(this, c);
    }

    /** Sets the check of an audit rule and builds it. */
    public BuiltInAuditRule audit(Check<AuditContext> c) {
      return new BuiltInAuditRule(this, c);
    }
  }
}
