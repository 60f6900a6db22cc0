package io.github.ldmlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example dossier, annual review and review file still shows what it was made for when checked with the
 * command line's default date (the document's own date: a dossier's submission date, a review's
 * date, a review file's date), on the line {@code examples/README.md} names as its point: a complete document its
 * verdict, a defective one the finding it was made for.
 */
class ExamplesOutputTest {

  /** A row of a dossiers' or reviews' table: the file, then, in the last cell, the line it shows. */
  private static final Pattern ROW = Pattern.compile(
      "^\\| `((?:defective/)?dossier[^`]*\\.json|annual-review[^`]*\\.json|review-file[^`]*\\.json|defective/[^`]+)` \\|.*\\| `([^`]+)` \\|$");

  static Stream<Arguments> points() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Cli.EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(Arguments.of(m.group(1), m.group(2)));
      }
    }
    assertThat(rows).as("rows of the dossiers' and reviews' tables in examples/README.md").hasSizeGreaterThanOrEqualTo(11);
    assertThat(rows).as("rows of the annual reviews' table").filteredOn(a -> ((String) a.get()[0]).contains("review"))
        .filteredOn(a -> !((String) a.get()[0]).contains("review-file")).hasSize(2);
    assertThat(rows).as("rows of the review files' table")
        .filteredOn(a -> ((String) a.get()[0]).contains("review-file")).hasSize(6);
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("points")
  void theFileShowsItsPointAtItsOwnDate(String file, String point) {
    Cli.Result result = Cli.run("check", Cli.EXAMPLES.resolve(file).toString());

    // Columns are padded to the widest severity: compare with runs of spaces made one.
    List<String> lines = result.out().lines().map(l -> l.strip().replaceAll(" {2,}", " ")).toList();
    assertThat(lines).as("the output of ldm check %s", file).anySatisfy(l -> assertThat(l).contains(point));
    // Each kind is judged at its own date, whose basis the context line words.
    String basis = file.contains("review-file") ? "(date du dossier de suivi)"
        : file.contains("review") ? "(date du bilan)" : "(date de dépôt du dossier)";
    assertThat(result.out()).contains(basis);
  }
}
