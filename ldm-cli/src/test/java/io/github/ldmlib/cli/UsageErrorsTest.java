package io.github.ldmlib.cli;

import static io.github.ldmlib.cli.Cli.COMPLETE;
import static io.github.ldmlib.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage errors are one line in the user's language, naming the option or argument at fault, never
 * the command-line parser's English message or a Java class; an output that cannot be written is
 * blamed on {@code -o}, not on the inputs.
 */
class UsageErrorsTest {

  @TempDir
  Path dir;

  static Stream<Arguments> usageErrors() {
    String file = COMPLETE.toString();
    return Stream.of(
        Arguments.of(List.of("check", file, "--frobnicate"), "option inconnue « --frobnicate »",
            "unknown option \"--frobnicate\""),
        Arguments.of(List.of("check", file, "en-trop"), "argument en trop « en-trop »",
            "unexpected argument \"en-trop\""),
        Arguments.of(List.of("report", file), "option obligatoire absente : --format, --output",
            "missing required option: --format, --output"),
        Arguments.of(List.of("check"), "argument obligatoire absent : FILE", "missing argument: FILE"),
        Arguments.of(List.of("check", file, "--format"), "l’option --format attend une valeur (text|json)",
            "option --format takes a value (text|json)"),
        Arguments.of(List.of("check", file, "--format", "xml"),
            "valeur « xml » invalide pour --format ; attendu : une de ces valeurs : text, json",
            "invalid value \"xml\" for --format; expected: one of text, json"),
        Arguments.of(List.of("check", file, "--as-of", "2026-13-45"),
            "valeur « 2026-13-45 » invalide pour --as-of ; attendu : une date AAAA-MM-JJ",
            "invalid value \"2026-13-45\" for --as-of; expected: a date YYYY-MM-DD"),
        Arguments.of(List.of("check", file, "--format", "json", "--format", "text"),
            "option donnée plusieurs fois : --format", "option given more than once: --format"));
  }

  @ParameterizedTest
  @MethodSource("usageErrors")
  void aUsageErrorIsOneLineInTheUsersLanguage(List<String> args, String french, String english) {
    Cli.Result fr = run(args.toArray(String[]::new));
    List<String> withEnglish = new ArrayList<>(args);
    withEnglish.add("--lang=en");
    Cli.Result en = run(withEnglish.toArray(String[]::new));

    assertThat(fr.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(en.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(fr.errLines()).singleElement().asString().startsWith("ldm: " + french + " (voir ‘ldm ");
    assertThat(en.errLines()).singleElement().asString().startsWith("ldm: " + english + " (see 'ldm ");
    for (Cli.Result r : List.of(fr, en)) {
      assertThat(r.err()).doesNotContain("Exception", "java.", "picocli", "Unknown option", "Missing required",
          "Invalid value", "is not a");
    }
  }

  @Test
  void aFileGivenAsTheBatchOutputFolderIsBlamedOnTheOption() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Files.copy(COMPLETE, in.resolve("a.json"));
    Files.copy(COMPLETE, in.resolve("b.json"));
    Path file = Files.writeString(dir.resolve("sortie"), "déjà là");

    Cli.Result r = run("batch", in.toString(), "-o", file.toString());

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).containsExactly("ldm: option -o/--output : " + file + " est un fichier ; un dossier est attendu");
    assertThat(file).content().isEqualTo("déjà là");
  }

  @Test
  void aFileInsideTheBatchOutputPathIsBlamedOnTheOptionNotOnTheInputs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("lot"));
    Files.copy(COMPLETE, in.resolve("a.json"));
    Files.writeString(dir.resolve("fichier"), "x");
    Path out = dir.resolve("fichier").resolve("sortie");

    Cli.Result r = run("batch", in.toString(), "-o", out.toString(), "--lang", "en");

    assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("ldm: option -o/--output: " + out + " cannot be written (")
        .doesNotContain("a.json", "Exception");
  }

  @Test
  void aFolderGivenWhereAFileIsWrittenIsBlamedOnTheOption() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("rapport.html"));
    for (String[] args : List.of(
        new String[] {"report", COMPLETE.toString(), "--format", "html", "-o", folder.toString()},
        new String[] {"check", COMPLETE.toString(), "-o", folder.toString()})) {
      Cli.Result r = run(args);
      assertThat(r.code()).isEqualTo(Ldm.EXIT_INPUT);
      assertThat(r.errLines()).containsExactly("ldm: option -o/--output : " + folder + " est un dossier ; un fichier est attendu");
    }
  }
}
