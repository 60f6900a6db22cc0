package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command answers {@code --help} with its usage and exit code 0, whatever else it requires. */
class HelpTest {

  static Stream<String> commands() {
    return Stream.of("--help", "check --help", "check -h", "report --help", "batch --help", "referential --help",
        "referential show --help", "referential diff --help", "schema --help", "init --help", "history --help",
        "export --help", "import --help");
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
