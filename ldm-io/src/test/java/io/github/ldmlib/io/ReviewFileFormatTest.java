package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.replaceOnce;
import static io.github.ldmlib.io.DocumentKindErrorsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.meta.DocumentKind;
import io.github.ldmlib.model.review.ReviewFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review file is read and written through {@link LdmJson} like every kind: its parts are embedded
 * without a header of their own, and a fault in one of them is located in the file.
 */
class ReviewFileFormatTest {

  private static final LdmJson JSON = LdmJson.defaults();

  private static final String FILE = """
      {
        "formatVersion": "1.0",
        "kind": "review-file",
        "date": "2028-09-20",
        "labelRecord": {
          "uai": "0619876D",
          "audits": [{"stage": "FOLLOW_UP_1_YEAR", "date": "2027-06-15"}]
        },
        "reviews": [
          {
            "referentialId": "ldm-national-2023",
            "establishment": {"uai": "0619876D", "name": "Lycée des Calanques"},
            "schoolYear": "2026-2027",
            "date": "2027-06-10"
          },
          {
            "referentialId": "ldm-national-2023",
            "establishment": {"uai": "0619876D", "name": "Lycée des Calanques"},
            "schoolYear": "2027-2028",
            "date": "2028-06-12",
            "axes": [{"axisId": "AX-01", "done": "Les conventions sont signées."}]
          }
        ],
        "lastAuditSummary": {
          "uai": "0619876D",
          "referentialId": "ldm-national-2023",
          "stage": "FOLLOW_UP_1_YEAR",
          "auditDate": "2027-06-15"
        }
      }
      """;

  @Test
  void aFileIsReadAndWrittenBackUnchanged() throws IOException {
    ReviewFile file = JSON.read(ReviewFile.class, FILE);

    assertThat(file.reviews()).extracting(r -> r.schoolYear().toString()).containsExactly("2026-2027", "2027-2028");
    assertThat(file.review(SchoolYear.parse("2027-2028")).orElseThrow().axes()).hasSize(1);
    assertThat(file.lastAuditSummary().orElseThrow().auditDate()).isEqualTo(LocalDate.of(2027, 6, 15));
    assertThat(file.dossier()).isEmpty();
    assertThat(file.referentialId()).hasValue("ldm-national-2023");
    assertThat(JSON.read(ReviewFile.class, JSON.writeString(file))).isEqualTo(file);
  }

  @Test
  void theKindIsToldFromTheFile(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("suivi.json");
    Files.writeString(path, FILE);

    assertThat(JSON.kindOf(path)).isSameAs(DocumentKind.REVIEW_FILE);
  }

  @Test
  void withoutItsOwnDateTheFileIsDatedByItsLatestReview() {
    ReviewFile file = JSON.read(ReviewFile.class, replaceOnce(FILE, "  \"date\": \"2028-09-20\",\n", ""));

    assertThat(file.date()).isEmpty();
    assertThat(file.documentDate()).hasValue(LocalDate.of(2028, 6, 12));
  }

  @Test
  void aFaultInAReviewIsLocatedInTheFile() {
    expect(ReviewFile.class, replaceOnce(FILE, "\"2027-2028\"", "\"2027/2028\""), FormatProblem.INVALID_VALUE,
        "\"2027/2028\"", "/reviews/1/schoolYear");
  }

  @Test
  void anEmbeddedReviewHasNoHeaderOfItsOwn() {
    String json = replaceOnce(FILE, "\"schoolYear\": \"2026-2027\",", "\"schoolYear\": \"2026-2027\", \"kind\": \"annual-review\",");
    LdmFormatException e = expect(ReviewFile.class, json, FormatProblem.UNKNOWN_PROPERTY,
        "\"kind\": \"annual-review\"", "/reviews/0/kind");
    assertThat(e.detail()).startsWith("propriété inconnue « kind »");
  }

  @Test
  void aSummaryUnderAnotherKeyIsRefused() {
    String json = replaceOnce(FILE, "\"lastAuditSummary\"", "\"previousSummary\"");
    LdmFormatException e = expect(ReviewFile.class, json, FormatProblem.UNKNOWN_PROPERTY, "\"previousSummary\"",
        "/previousSummary");
    assertThat(e.detail()).contains("lastAuditSummary");
  }

  @Test
  void anErrorInAFileNamesTheFile(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("suivi-2028.json");
    Files.writeString(path, replaceOnce(FILE, "\"FOLLOW_UP_1_YEAR\", \"date\"", "\"SUIVI_1_AN\", \"date\""));

    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(ReviewFile.class, path));

    assertThat(e.sourceName()).endsWith("suivi-2028.json");
    assertThat(e.problem()).isEqualTo(FormatProblem.UNKNOWN_ENUM_VALUE);
    assertThat(e.pointer()).hasToString("/labelRecord/audits/0/stage");
    assertThat(e.line()).isEqualTo(7);
  }
}
