package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.cli.internal.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers {@code --help} with its usage and exit code 0, whatever else it requires. */
class HelpTest {

  static Stream<String> commands() {
    List<String> lines = new ArrayList<>(List.of("--help", "check -h"));
    addEvery(new CommandLine(new Root(false)), "", lines);
    return lines.stream();
  }

  /** Every command and subcommand of the tree, so that a new one cannot be left out of this test. */
  private static void addEvery(CommandLine command, String prefix, List<String> lines) {
    command.getSubcommands().forEach((name, sub) -> {
      if (!name.equals("help")) {
        lines.add(prefix + name + " --help");
        addEvery(sub, prefix + name + " ", lines);
      }
    });
  }

  @Test
  void theTreeOfCommandsIsTheOneTheDocsDescribe() {
    assertThat(commands()).contains("check --help", "report --help", "batch --help", "history --help",
        "referential --help", "referential list --help", "referential show --help", "referential diff --help",
        "schema --help", "init --help", "export --help", "import --help");
  }

  @ParameterizedTest(name = "ldm {0}")
  @MethodSource("commands")
  void theCommandPrintsItsUsage(String line) {
    String[] args = line.split(" ");
    Cli.Result result = Cli.run(args);

    assertThat(result.code()).as(result.err()).isZero();
    String usage = "Usage: ldm" + (args.length > 1 ? " " + String.join(" ", Arrays.copyOf(args, args.length - 1)) : "");
    assertThat(result.out()).contains(usage);
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest(name = "ldm {0}")
  @MethodSource("commands")
  void theUsageSaysHowToGetHelpAgain(String line) {
    assertThat(Cli.run(line.split(" ")).out()).contains("--help");
  }
}
