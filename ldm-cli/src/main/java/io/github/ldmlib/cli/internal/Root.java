package io.github.ldmlib.cli.internal;

import io.github.ldmlib.model.LibraryVersion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code ldm} command: global options and the list of subcommands. */
@Command(name = "ldm",
    mixinStandardHelpOptions = true,
    versionProvider = Root.VersionProvider.class,
    usageHelpAutoWidth = true,
    header = "Checks and reports on « Lycée des métiers » label dossiers and audit files.",
    description = "Checks label dossiers (dossiers de labellisation) and audit files (dossiers d'audit) against the bundled referentials, writes readable reports (HTML, Markdown, JSON), checks batches of dossiers, and shows referentials and schemas. Messages are in French unless --lang en is given.",
    subcommands = {
        CheckCommand.class,
        ReportCommand.class,
        ExportCommand.class,
        ImportCommand.class,
        BatchCommand.class,
        HistoryCommand.class,
        ReferentialCommand.class,
        SchemaCommand.class,
        InitCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success; for check, nothing to correct in the dossier or audit file (advice, observations and notes allowed)",
        "1:the check found something blocking or to correct (a dossier's NOT_SUBMITTABLE or TO_COMPLETE, an audit's major or minor gap); for batch, some document has such a finding",
        "2:unreadable input (missing file, not JSON, not in the format; an office document not exported by ldm, or with a value that cannot be read), unknown referential, kind that cannot be told or is not handled, usage error",
        "3:internal error of ldm (run again with --debug and report the stack trace)"},
    footer = {"%nRun 'ldm help COMMAND' for the options of a command. Documentation: docs/cli.md."})
public final class Root implements Callable<Integer> {

  /** The languages of messages and reports. */
  public enum Lang {
    /** French, the default. */
    fr,
    /** English. */
    en
  }

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "fr|en",
      description = "Language of messages and reports: fr (default) or en.")
  Lang lang = Lang.fr;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print the stack trace of an error, and the library's own log messages.")
  boolean debug;

  @Spec
  CommandSpec spec;

  private final boolean console;

  /**
   * Creates the root command.
   *
   * @param console true when a terminal is attached (a progress bar may be drawn)
   */
  public Root(boolean console) {
    this.console = console;
  }

  /** True when {@code --debug} was given. */
  public boolean debug() {
    return debug;
  }

  /** True when a terminal is attached. */
  public boolean console() {
    return console;
  }

  /** The texts of the chosen language. */
  public Texts texts() {
    return Texts.of(lang == Lang.en ? java.util.Locale.ENGLISH : java.util.Locale.FRENCH);
  }

  /** The standard output of the command line. */
  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The error output of the command line. */
  public PrintWriter err() {
    return spec.commandLine().getErr();
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    return ExitCodes.INPUT;
  }

  /** Gives {@code ldm --version}. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ldm " + LibraryVersion.current(), "Java " + System.getProperty("java.version")};
    }
  }
}
