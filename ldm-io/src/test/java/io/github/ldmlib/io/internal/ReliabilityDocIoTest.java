package io.github.ldmlib.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ldmlib.io.ReadLimits;
import io.github.ldmlib.io.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bounds of reading and writing that {@code docs/reliability.md} states are those of the code. */
class ReliabilityDocIoTest {

  static final Path PAGE = Path.of("..", "docs", "reliability.md");

  static String figure(long n) {
    return String.format(Locale.ENGLISH, "%,d", n);
  }

  @Test
  void everyFigureOfTheBoundsTableIsTheConstantItLinks() throws IOException {
    String page = Files.readString(PAGE);
    assertThat(page)
        .contains(figure(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH) + " ([`ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH`]")
        .contains(figure(ReadLimits.DEFAULT_MAX_NESTING_DEPTH) + " ([`ReadLimits.DEFAULT_MAX_NESTING_DEPTH`]")
        .contains(figure(ReadLimits.DEFAULT_MAX_STRING_LENGTH) + " ([`ReadLimits.DEFAULT_MAX_STRING_LENGTH`]")
        .contains(figure(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH) + " ([`ReadLimits.DEFAULT_MAX_NUMBER_LENGTH`]")
        .contains(figure(ReadLimits.DEFAULT_MAX_ARRAY_LENGTH) + " ([`ReadLimits.DEFAULT_MAX_ARRAY_LENGTH`]")
        .contains(figure(ReadLimits.MAX_NAME_LENGTH) + " ([`ReadLimits.MAX_NAME_LENGTH`]")
        .contains(Codecs.WRITTEN_OUT_FACTOR + " × the number length, "
            + figure((long) Codecs.WRITTEN_OUT_FACTOR * ReadLimits.DEFAULT_MAX_NUMBER_LENGTH)
            + " ([`Codecs.WRITTEN_OUT_FACTOR`]")
        .contains(figure(Lookbehind.KEPT) + " characters ([`Lookbehind.KEPT`]")
        .contains("last " + figure(Lookbehind.KEPT) + " characters")
        .contains(figure(ReadState.MAX_WARNINGS) + " ([`ReadState.MAX_WARNINGS`]")
        .contains(figure(ReadResult.MAX_UNKNOWN_PROPERTIES) + " ([`ReadResult.MAX_UNKNOWN_PROPERTIES`]");
  }
}
