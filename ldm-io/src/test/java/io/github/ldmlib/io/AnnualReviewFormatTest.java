package io.github.ldmlib.io;

import static io.github.ldmlib.io.Docs.replaceOnce;
import static io.github.ldmlib.io.DocumentKindErrorsTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ldmlib.model.SchoolYear;
import io.github.ldmlib.model.review.AnnualReview;
import io.github.ldmlib.model.review.ProgressStatus;
import io.github.ldmlib.model.review.SchoolBody;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An annual review is read and written through {@link LdmJson} like every kind, with located errors. */
class AnnualReviewFormatTest {

  private static final LdmJson JSON = LdmJson.defaults();

  private static final String REVIEW = """
      {
        "formatVersion": "1.0",
        "kind": "annual-review",
        "referentialId": "ldm-national-2023",
        "establishment": {"uai": "0619876D", "name": "Lycée des Calanques"},
        "schoolYear": "2026-2027",
        "date": "2027-06-10",
        "workingGroup": {"members": [{"lastName": "Durand"}], "meetingDates": ["2026-11-05"]},
        "sections": [
          {
            "criterionId": "C4",
            "progress": [{"initiativeId": "C4.A1", "status": "UNDER_WAY"}],
            "measures": [{"indicatorId": "C4.A1.I1", "value": 42.5}]
          }
        ],
        "presentations": [{"body": "BOARD", "date": "2027-06-24", "minutesEvidenceId": "B-01"}],
        "evidence": [{"id": "B-01", "title": "Procès-verbal du conseil d'administration", "kind": "DOCUMENT"}]
      }
      """;

  @Test
  void aReviewIsReadAndWrittenBackUnchanged() {
    AnnualReview review = JSON.read(AnnualReview.class, REVIEW);

    assertThat(review.schoolYear()).isEqualTo(SchoolYear.parse("2026-2027"));
    assertThat(review.sections().get(0).progress().get(0).status()).isEqualTo(ProgressStatus.UNDER_WAY);
    assertThat(review.sections().get(0).measures().get(0).value()).isEqualByComparingTo(new BigDecimal("42.5"));
    assertThat(review.presentations().get(0).body()).isEqualTo(SchoolBody.BOARD);
    assertThat(JSON.read(AnnualReview.class, JSON.writeString(review))).isEqualTo(review);
  }

  @Test
  void anUnknownStatusIsLocated() {
    LdmFormatException e = expect(AnnualReview.class, replaceOnce(REVIEW, "UNDER_WAY", "EN_COURS"),
        FormatProblem.UNKNOWN_ENUM_VALUE, "\"EN_COURS\"", "/sections/0/progress/0/status");
    assertThat(e.detail()).contains("PLANNED, UNDER_WAY, DONE, STOPPED");
  }

  @Test
  void aMeasureWithoutValueIsLocatedAtItsObject() {
    LdmFormatException e = expect(AnnualReview.class, replaceOnce(REVIEW, ", \"value\": 42.5", ""),
        FormatProblem.MISSING_PROPERTY, "{\"indicatorId\"", "/sections/0/measures/0/value");
    assertThat(e.detail()).isEqualTo("propriété obligatoire « value » absente");
  }

  @Test
  void aBodyThatIsNotOneOfTheConstantsIsLocated() {
    expect(AnnualReview.class, replaceOnce(REVIEW, "\"BOARD\"", "\"CA\""), FormatProblem.UNKNOWN_ENUM_VALUE,
        "\"CA\"", "/presentations/0/body");
  }

  @Test
  void aMeetingDateThatIsNotADateIsLocated() {
    expect(AnnualReview.class, replaceOnce(REVIEW, "\"2026-11-05\"", "\"5 novembre\""), FormatProblem.INVALID_VALUE,
        "\"5 novembre\"", "/workingGroup/meetingDates/0");
  }

  @Test
  void anErrorInAFileNamesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bilan-2027.json");
    Files.writeString(file, replaceOnce(REVIEW, "\"schoolYear\": \"2026-2027\"", "\"schoolYear\": 2027"));

    LdmFormatException e = assertThrows(LdmFormatException.class, () -> JSON.read(AnnualReview.class, file));

    assertThat(e.sourceName()).endsWith("bilan-2027.json");
    assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_TYPE);
    assertThat(e.pointer()).hasToString("/schoolYear");
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(17);
  }
}
