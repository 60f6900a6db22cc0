package io.github.ldmlib.rules.internal;

import io.github.ldmlib.model.JsonPointer;
import io.github.ldmlib.model.conformity.Finding;
import io.github.ldmlib.model.constraints.Identifiers;
import io.github.ldmlib.model.referential.SourceRef;
import io.github.ldmlib.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The sink given to one rule for one check. It turns reports into findings and records the first
 * way in which the rule misbehaves; once it has, further reports are ignored.
 */
public final class CollectingSink implements FindingSink {

  /** Most findings one rule may report in one check. */
  public static final int MAX_FINDINGS = 10_000;

  private final RuleSpec<?> spec;
  private final Walk target;
  private final String invalidPointerKey;
  private final Locale language;
  private final SourceRef used;
  private final Thread owner = Thread.currentThread();
  private final List<Finding> findings = new ArrayList<>();
  private volatile Failure failure;
  private int notListed;
  private volatile boolean closed;

  /**
   * How a rule misbehaved.
   *
   * @param key the key of the LDM-E-001 message
   * @param detail what went wrong, for the message
   */
  public record Failure(String key, String detail) {}

  /**
   * Creates a sink.
   *
   * @param spec the rule
   * @param language the language of the messages
   * @param target the walk of the checked document, which tells which places exist
   * @param invalidPointerKey the key of the LDM-E-001 message for a place that does not exist
   * @param used the source of the referential of the check: a finding that cites another edition of
   *     the same document cites this one
   */
  public CollectingSink(RuleSpec<?> spec, Locale language, Walk target, String invalidPointerKey, SourceRef used) {
    this.spec = spec;
    this.used = used;
    this.target = target;
    this.invalidPointerKey = invalidPointerKey;
    this.language = language;
  }
  /**
   * The walk of the document checked, whose shared values the built-in rules use.
   *
   * @return the walk
   */
  Walk walk() {
    return target;
  }


  @Override
  public Draft at(JsonPointer pointer) {
    ensureOpen();
    return new DraftImpl(pointer);
  }

  /** Ends the rule's turn: later reports throw. */
  public void close() {
    closed = true;
  }

  /**
   * Records that the rule threw.
   *
   * @param thrown what it threw
   */
  public void failed(Throwable thrown) {
    if (failure == null) {
      String message;
      try {
        message = thrown.getMessage();
      } catch (Throwable unreadable) {
        // A message that throws must not escape the isolation either.
        message = null;
      }
      String detail = thrown.getClass().getName() + (message == null ? "" : ": " + abbreviate(message));
      failure = new Failure("exception", abbreviate(detail));
    }
  }

  /**
   * Records that the rule did not return within its deadline and was abandoned.
   *
   * @param deadline the deadline, as the message shows it
   */
  public void timedOut(String deadline) {
    if (failure == null) {
      failure = new Failure("timeout", deadline);
    }
  }

  /** The number of findings a built-in rule reported beyond {@link #MAX_FINDINGS}, not listed. */
  public int notListed() {
    return notListed;
  }

  /** The failure, if the rule misbehaved. */
  public Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  /** The findings, meaningful only when there is no failure. */
  public List<Finding> findings() {
    return findings;
  }

  private void ensureOpen() {
    if (closed || Thread.currentThread() != owner) {
      if (!closed) {
        // A finding reported from another thread is not lost silently: the rule is reported as failing.
        fail("exception", IllegalStateException.class.getName() + ": a finding was reported from another thread");
      }
      throw new IllegalStateException("a finding sink is valid only during its rule's check, on its thread");
    }
  }

  private void fail(String key, String detail) {
    if (failure == null) {
      failure = new Failure(key, abbreviate(detail));
    }
  }

  /** The characters of a failing rule's message that are worked on: the rest is dropped first. */
  public static final int MESSAGE_READ = 600;

  /** The characters of a failing rule's message that its {@code LDM-E-001} finding shows. */
  public static final int MESSAGE_SHOWN = 300;

  static String abbreviate(String text) {
    // Cut before anything else, so that a huge message costs no more than its first characters.
    boolean cut = text.length() > MESSAGE_READ;
    String flat = (cut ? text.substring(0, MESSAGE_READ) : text).replaceAll("\\s+", " ").strip();
    return flat.length() <= MESSAGE_SHOWN && !cut ? flat
        : flat.substring(0, Math.min(MESSAGE_SHOWN, flat.length())) + "…";
  }

  private final class DraftImpl implements Draft {
    private final JsonPointer pointer;
    private String criterionId;
    private String requirementId;
    private SourceRef source;
    private boolean reported;

    DraftImpl(JsonPointer pointer) {
      this.pointer = pointer;
    }

    @Override
    public Draft criterion(String id) {
      criterionId = id;
      return this;
    }

    @Override
    public Draft requirement(String id) {
      requirementId = id;
      return this;
    }

    @Override
    public Draft source(SourceRef ref) {
      source = ref;
      return this;
    }

    @Override
    public void report(String messageKey, Object... arguments) {
      ensureOpen();
      if (reported) {
        throw new IllegalStateException("this draft was already reported");
      }
      reported = true;
      if (failure != null) {
        return;
      }
      if (findings.size() >= MAX_FINDINGS) {
        if (spec.builtIn()) {
          // A built-in rule never fails on a document that was read: what it reports beyond the
          // bound is counted, and the report says how many findings are not listed.
          notListed++;
        } else {
          fail("tooManyFindings", String.valueOf(MAX_FINDINGS));
        }
        return;
      }
      if (pointer == null) {
        fail("invalidPointer", "null");
        return;
      }
      Optional<String> problem = target.problem(pointer);
      if (problem.isPresent()) {
        fail(invalidPointerKey, pointer + " (" + problem.get() + ")");
        return;
      }
      if (criterionId != null && !Identifiers.isValid(criterionId)) {
        fail("invalidReport", "criterion id '" + criterionId + "' is not an identifier");
        return;
      }
      if (requirementId != null && !Identifiers.isValid(requirementId)) {
        fail("invalidReport", "requirement id '" + requirementId + "' is not an identifier");
        return;
      }
      if (messageKey == null || messageKey.isBlank()) {
        fail("invalidReport", "no message key");
        return;
      }
      if (arguments == null) {
        // Not an empty list: a message would keep its placeholders, such as {0}, as text.
        fail("invalidReport", "message " + messageKey + ": the array of arguments is null");
        return;
      }
      List<String> args;
      try {
        args = Messages.strings(arguments);
      } catch (NullPointerException e) {
        fail("invalidReport", "message " + messageKey + ": " + e.getMessage());
        return;
      }
      String key = spec.id() + "." + messageKey;
      String message;
      try {
        message = Messages.format(spec.messages(), key, language, args.toArray());
      } catch (MissingResourceException e) {
        fail("invalidReport", "no message '" + key + "' in " + spec.messages());
        return;
      } catch (IllegalArgumentException e) {
        fail("invalidReport", "message '" + key + "' cannot be formatted: " + e.getMessage());
        return;
      }
      if (message.isEmpty()) {
        fail("invalidReport", "message '" + key + "' is empty");
        return;
      }
      findings.add(Finding.builder()
          .ruleId(spec.id())
          .severity(spec.severity())
          .criterionId(Optional.ofNullable(criterionId).or(() -> target.criterionAt(pointer)).or(spec::criterionId))
          .requirementId(Optional.ofNullable(requirementId))
          .pointer(pointer)
          .message(message)
          .messageKey(key)
          .arguments(args)
          .source(Optional.ofNullable(source).or(spec::source).map(s -> s.inEditionOf(used)))
          .build());
    }
  }
}
