package io.github.ldmlib.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.model.dossier.Dossier;
import io.github.ldmlib.model.dossier.EstablishmentType;
import io.github.ldmlib.model.referential.Referential;
import io.github.ldmlib.model.validation.LdmValidation;
import io.github.ldmlib.model.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the repository's {@code examples/} folder: every file is a readable document in
 * the writer's canonical form, listed in the folder's README; the complete dossiers are valid.
 *
 * <p>Run with {@code -Dldm.rewriteExamples=true} to rewrite the files in canonical form.
 */
class ExamplesTest {

  static final Path EXAMPLES = Path.of("..", "examples");
  private static final LdmJson JSON = LdmJson.defaults();

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static Class<?> typeOf(Path file) {
    return file.getFileName().toString().startsWith("referential") ? Referential.class : Dossier.class;
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void everyExampleIsReadableAndInCanonicalForm(Path file) throws IOException {
    Object document = JSON.read(typeOf(file), file);
    String canonical = JSON.writeString(document);
    if (Boolean.getBoolean("ldm.rewriteExamples")) {
      Files.writeString(file, canonical, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is not in canonical form; run mvn -pl ldm-io -am test -Dtest=ExamplesTest -Dldm.rewriteExamples=true", file)
        .isEqualTo(canonical);
  }

  @Test
  void readmeListsEveryExample() throws IOException {
    String readme = Files.readString(EXAMPLES.resolve("README.md"));
    List<String> names = exampleFiles().map(f -> EXAMPLES.relativize(f).toString().replace('\\', '/')).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(10);
    assertThat(names).allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
  }

  @Test
  void completeDossierCoversEightCriteriaAndIsValid() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, EXAMPLES.resolve("dossier-complete.json"));
    assertThat(dossier.sections()).extracting(s -> s.criterionId())
        .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8");
    assertThat(dossier.sections()).allSatisfy(s -> {
      assertThat(s.team().orElseThrow().coordinator()).isPresent();
      assertThat(s.actions()).isNotEmpty();
    });
    assertThat(dossier.sections().stream().flatMap(s -> s.engagements().stream())).hasSizeGreaterThanOrEqualTo(3);
    // Several actions measured at N, N+3 and N+5.
    assertThat(dossier.sections().stream().flatMap(s -> s.actions().stream())
        .filter(a -> a.objectives().get(0).indicators().get(0).measures().size() == 3)).hasSizeGreaterThanOrEqualTo(5);
    // Every evidence id cited resolves to the annex.
    assertThat(dossier.sections().stream().flatMap(s -> Stream.concat(
            s.actions().stream().flatMap(a -> a.evidenceIds().stream()),
            s.engagements().stream().flatMap(e -> e.evidenceIds().stream()))))
        .allSatisfy(id -> assertThat(dossier.evidence(id)).as(id).isPresent());
    assertThat(LdmValidation.validate(dossier)).isEmpty();
  }

  @Test
  void networkDossierHasCoApplicantsAndCommonStrategies() throws IOException {
    Dossier dossier = JSON.read(Dossier.class, EXAMPLES.resolve("dossier-network.json"));
    assertThat(dossier.isNetworkCandidature()).isTrue();
    assertThat(dossier.network().orElseThrow().coApplicants()).hasSize(2);
    for (String id : List.of("C4", "C5", "C6", "C8")) {
      assertThat(dossier.section(id).orElseThrow().commonStrategy()).as(id).isPresent();
    }
    assertThat(LdmValidation.validate(dossier)).isEmpty();
  }

  @Test
  void defectiveDossiersAreReadableAndCarryTheirDefect() throws IOException {
    Path dir = EXAMPLES.resolve("defective");
    Dossier missing = JSON.read(Dossier.class, dir.resolve("missing-section-c4.json"));
    assertThat(missing.section("C4")).isEmpty();
    assertThat(missing.sections()).hasSize(7);

    Dossier noCoordinator = JSON.read(Dossier.class, dir.resolve("section-without-coordinator.json"));
    assertThat(noCoordinator.sections().get(0).team().orElseThrow().coordinator()).isEmpty();

    Dossier future = JSON.read(Dossier.class, dir.resolve("measure-in-the-future.json"));
    assertThat(future.sections().get(0).actions().get(0).objectives().get(0).indicators().get(0).measures().get(2)
        .schoolYear().firstDay()).isAfter(future.submissionDate().orElseThrow());

    // A percentage of 140 is well-formed JSON: reading succeeds, Bean Validation reports it.
    Dossier over = JSON.read(Dossier.class, dir.resolve("percentage-over-100.json"));
    assertThat(LdmValidation.validate(over)).extracting(Violation::pointer)
        .containsExactly("/sections/0/actions/0/objectives/0/indicators/0/measures/1/value");

    Dossier unresolved = JSON.read(Dossier.class, dir.resolve("unresolved-evidence.json"));
    assertThat(unresolved.evidence("T-99")).isEmpty();
    assertThat(unresolved.sections().get(0).actions().get(0).evidenceIds()).contains("T-99");

    Dossier ineligible = JSON.read(Dossier.class, dir.resolve("network-ineligible-co-applicant.json"));
    assertThat(ineligible.network().orElseThrow().coApplicants().get(1).type())
        .contains(EstablishmentType.GENERAL_AND_TECHNOLOGICAL_LYCEE);

    Dossier noStrategy = JSON.read(Dossier.class, dir.resolve("network-without-common-strategy-c4.json"));
    assertThat(noStrategy.isNetworkCandidature()).isTrue();
    assertThat(noStrategy.section("C4").orElseThrow().commonStrategy()).isEmpty();
  }
}
