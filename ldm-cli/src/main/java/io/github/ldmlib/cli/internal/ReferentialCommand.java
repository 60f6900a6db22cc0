package io.github.ldmlib.cli.internal;

import io.github.ldmlib.io.ReferentialInfo;
import io.github.ldmlib.io.Referentials;
import io.github.ldmlib.model.referential.Criterion;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.referential.ReferentialChange;
import io.github.ldmlib.model.referential.ReferentialDiff;
import io.github.ldmlib.model.referential.Requirement;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ldm referential list | show ID | diff ID1 ID2}: the bundled referentials. */
@Command(name = "referential", mixinStandardHelpOptions = true,
    description = "Lists, shows and compares the bundled referentials (cahiers des charges).",
    subcommands = {ReferentialCommand.ListCommand.class, ReferentialCommand.ShowCommand.class,
        ReferentialCommand.DiffCommand.class})
public final class ReferentialCommand implements Callable<Integer> {

  @ParentCommand
  Root root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.err());
    return ExitCodes.INPUT;
  }

  /** {@code ldm referential list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the bundled referentials: ID@EDITION and title; the latest edition of each is marked.")
  public static final class ListCommand implements Callable<Integer> {

    @ParentCommand
    ReferentialCommand parent;

    @Override
    public Integer call() {
      Texts t = parent.root.texts();
      PrintWriter out = parent.root.out();
      List<ReferentialInfo> all = Referentials.list();
      int width = all.stream().mapToInt(i -> i.toString().length()).max().orElse(0);
      for (ReferentialInfo info : all) {
        boolean latest = all.stream().filter(i -> i.id().equals(info.id()))
            .max(Comparator.comparing(ReferentialInfo::edition)).orElseThrow().equals(info);
        out.println(info + " ".repeat(width - info.toString().length()) + "  " + info.title()
            + (latest ? "  " + t.get("referential.latest") : ""));
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code ldm referential show ID[@EDITION]}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a referential: its criteria and their requirements (attendus), as text or JSON.")
  public static final class ShowCommand implements Callable<Integer> {

    /** The formats of {@code show}. */
    public enum Format {
      /** Readable text. */
      text,
      /** The referential document in the JSON format. */
      json
    }

    @ParentCommand
    ReferentialCommand parent;

    @Parameters(index = "0", paramLabel = "ID[@EDITION]", description = "A bundled referential; the latest edition when none is given.")
    String id;

    @Option(names = {"-f", "--format"}, paramLabel = "text|json", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    public Integer call() {
      Texts t = parent.root.texts();
      Inputs inputs = new Inputs(t);
      Referential r = inputs.bundled(id);
      PrintWriter out = parent.root.out();
      if (format == Format.json) {
        out.print(inputs.json().writeString(r));
        out.flush();
        return ExitCodes.OK;
      }
      out.println(r.title());
      out.println(r.id() + "@" + r.edition().id() + " — " + r.edition().title());
      out.println(t.get("report.source", r.source().toString()));
      for (Criterion c : r.criteria()) {
        out.println();
        out.println(c.id() + " — " + c.title() + " [" + t.word(c.kind()) + "]");
        c.part().ifPresent(p -> out.println("  " + p));
        for (Requirement q : c.requirements()) {
          out.println("  " + q.id() + "  " + q.text() + (q.networkOnly() ? "  [" + t.get("report.networkOnly") + "]" : ""));
          q.subItems().forEach(i -> out.println("      - " + i));
        }
      }
      out.println();
      out.println(t.get("referential.counts", r.criteria().size(),
          r.criteria().stream().mapToInt(c -> c.requirements().size()).sum(), r.qualeducSheets().size(),
          r.evaluationDomains().size(), r.dossierStructure().size()));
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** {@code ldm referential diff ID1 ID2}. */
  @Command(name = "diff", mixinStandardHelpOptions = true, description = {
      "Compares two referentials item by item (criteria, requirements, catalogues, structure, parameters),",
      "for example two editions: ldm referential diff ldm-national-2023@2024-01 ldm-national-2023@2026-01"})
  public static final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    ReferentialCommand parent;

    @Parameters(index = "0", paramLabel = "FROM", description = "The older referential, ID or ID@EDITION.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "The newer referential, ID or ID@EDITION.")
    String to;

    @Override
    public Integer call() {
      Texts t = parent.root.texts();
      Inputs inputs = new Inputs(t);
      Referential a = inputs.bundled(from);
      Referential b = inputs.bundled(to);
      ReferentialDiff diff = ReferentialDiff.between(a, b);
      PrintWriter out = parent.root.out();
      out.println(t.get("diff.heading", a.id() + "@" + a.edition().id(), b.id() + "@" + b.edition().id(),
          t.count(diff.changes().size(), "count.change")));
      for (ReferentialChange c : diff.changes()) {
        out.println(line(c, t));
      }
      out.flush();
      return ExitCodes.OK;
    }

    static String line(ReferentialChange c, Texts t) {
      String item = t.word(c.itemType()) + " " + c.itemId();
      return switch (c.kind()) {
        case ADDED -> "+ " + item + t.get("text.colon") + quote(c.newText(), t);
        case REMOVED -> "- " + item + t.get("text.colon") + quote(c.oldText(), t);
        case CHANGED -> "~ " + item + " (" + c.attribute().orElseThrow() + ")" + t.get("text.colon")
            + quote(c.oldText(), t) + " → " + quote(c.newText(), t);
      };
    }

    private static String quote(Optional<String> text, Texts t) {
      return text.map(v -> t.get("text.quoted", Errors.oneLine(v))).orElse(t.get("diff.absent"));
    }
  }
}
