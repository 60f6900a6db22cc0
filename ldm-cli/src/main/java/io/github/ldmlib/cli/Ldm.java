package io.github.ldmlib.cli;

import io.github.ldmlib.cli.internal.CliException;
import io.github.ldmlib.cli.internal.ControlFilter;
import io.github.ldmlib.cli.internal.Errors;
import io.github.ldmlib.cli.internal.ExitCodes;
import io.github.ldmlib.cli.internal.Inputs;
import io.github.ldmlib.cli.internal.Root;
import io.github.ldmlib.cli.internal.Texts;
import io.github.ldmlib.cli.internal.UsageErrors;
import io.github.ldmlib.io.LdmFormatException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code ldm} command line (<i>outil en ligne de commande</i>): checks dossiers and audit files, writes
 * reports for people, checks batches, shows referentials and schemas, writes dossier skeletons.
 * {@code docs/cli.md} describes every command; {@code ldm --help} lists them.
 *
 * <pre>{@code
 * $ ldm check examples/dossier-complete.json
 * $ ldm check examples/audit-file-marie-marvingt.json
 * $ ldm report dossier.json --format html -o rapport.html
 * $ ldm batch dossiers.jsonl -o lot/
 * }</pre>
 *
 * <p>Errors are one line on the error output, naming the file, line and column and what is wrong;
 * {@code --debug} adds the stack trace. The exit code tells the outcome: {@value #EXIT_OK}
 * success (for a check: nothing to correct), {@value #EXIT_GAPS} a document is non-conforming,
 * {@value #EXIT_INPUT} unreadable input or usage error, {@value #EXIT_INTERNAL} internal error.
 */
public final class Ldm {

  /**
   * Exit code of a success; for a check, nothing in the dossier or audit file blocks or is to
   * correct (it may have advice or observations).
   */
  public static final int EXIT_OK = ExitCodes.OK;

  /**
   * Exit code of a check whose document is non-conforming: a finding blocks or is to correct (for a
   * dossier, not submittable or to complete; for an audit file, a gap, major or minor).
   */
  public static final int EXIT_GAPS = ExitCodes.GAPS;

  /** Exit code of unreadable input (missing file, not JSON, not in the format, unknown referential) or a usage error. */
  public static final int EXIT_INPUT = ExitCodes.INPUT;

  /** Exit code of an unexpected internal error, a bug of ldm. */
  public static final int EXIT_INTERNAL = ExitCodes.INTERNAL;

  /** Hibernate Validator announces itself on the first validation; the command line keeps quiet. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Ldm() {}

  /**
   * Runs the command line and exits with its exit code. Output is UTF-8.
   *
   * @param args the arguments, for example {@code check dossier.json}
   */
  public static void main(String... args) {
    // Apache POI (ldm-office) logs through the Log4j API, which has no provider in the runnable jar:
    // without one, Log4j prints a complaint on every run. Its simple logger reports errors only.
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line in this process, without exiting: for tests and for hosts that embed it.
   *
   * @param out the standard output
   * @param err the error output: errors, progress, messages about files written
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, false, args);
  }

  private static int run(PrintWriter rawOut, PrintWriter rawErr, boolean console, String... args) {
    Objects.requireNonNull(rawOut, "out");
    Objects.requireNonNull(rawErr, "err");
    Objects.requireNonNull(args, "args");
    // What a document says reaches the terminal without its control characters (escape sequences).
    PrintWriter out = new PrintWriter(new ControlFilter(rawOut), true);
    PrintWriter err = new PrintWriter(new ControlFilter(rawErr), true);
    try {
      return execute(out, err, console, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int execute(PrintWriter out, PrintWriter err, boolean console, String... args) {
    Root root = new Root(console);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      Texts t = texts(arguments);
      // Said in the user's language from the kind of fault, never the parser's own English message.
      err.println("ldm: " + Errors.oneLine(UsageErrors.message(e, t)) + " " + t.get("error.usageHint",
          e.getCommandLine().getCommandSpec().qualifiedName()));
      if (java.util.Arrays.asList(arguments).contains("--debug")) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INPUT;
    });
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      Texts t = root.texts();
      int code = ExitCodes.INPUT;
      String message;
      if (e instanceof CliException c) {
        message = c.getMessage();
        code = c.exitCode();
      } else if (e instanceof LdmFormatException f) {
        message = Errors.format(f, t);
      } else if (e instanceof UncheckedIOException u) {
        message = t.get("error.ioShort", new Inputs(t).reason(u.getCause()));
      } else if (e instanceof IOException io) {
        message = t.get("error.ioShort", new Inputs(t).reason(io));
      } else {
        message = t.get("error.internal", e.toString());
        code = ExitCodes.INTERNAL;
      }
      err.println("ldm: " + Errors.oneLine(message));
      if (root.debug()) {
        e.printStackTrace(err);
      } else if (code == ExitCodes.INTERNAL) {
        err.println(t.get("error.debugHint"));
      }
      err.flush();
      return code;
    });
    Level before = VALIDATOR_LOG.getLevel();
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    if (!debug) {
      VALIDATOR_LOG.setLevel(Level.WARNING);
    }
    try {
      return commandLine.execute(args);
    } finally {
      VALIDATOR_LOG.setLevel(before);
      out.flush();
      err.flush();
    }
  }

  /** The language asked for on a command line that could not be parsed. */
  private static Texts texts(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=en") || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("en"))) {
        return Texts.of(Locale.ENGLISH);
      }
    }
    return Texts.of(Locale.FRENCH);
  }
}
