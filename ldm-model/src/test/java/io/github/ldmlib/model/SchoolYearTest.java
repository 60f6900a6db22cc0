package io.github.ldmlib.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

  @Test
  void parsesAndPrintsTheSameText() {
    SchoolYear year = SchoolYear.parse("2024-2025");
    assertThat(year.startYear()).isEqualTo(2024);
    assertThat(year.endYear()).isEqualTo(2025);
    assertThat(year).hasToString("2024-2025").isEqualTo(SchoolYear.of(2024));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-2026", "2024-2024", "2025-2024", "2024/2025", "2024 - 2025", "24-25",
      "2024-2025 ", "２０２４-２０２５", "abcd-efgh", "1899-1900", "2999-3000"})
  void rejectsAnythingButTwoConsecutiveYears(String text) {
    assertThat(SchoolYear.isValid(text)).isFalse();
    assertThatThrownBy(() -> SchoolYear.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid school year");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void isValidNeverThrows(String text) {
    assertThat(SchoolYear.isValid(text)).isFalse();
  }

  @Test
  void aSchoolYearRunsFromSeptemberToAugust() {
    SchoolYear year = SchoolYear.of(2024);
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 8, 31));
    assertThat(SchoolYear.containing(LocalDate.of(2024, 9, 1))).isEqualTo(year);
    assertThat(SchoolYear.containing(LocalDate.of(2025, 8, 31))).isEqualTo(year);
    assertThat(SchoolYear.containing(LocalDate.of(2024, 8, 31))).isEqualTo(SchoolYear.of(2023));
    assertThat(SchoolYear.containing(LocalDate.of(2028, 2, 29))).isEqualTo(SchoolYear.of(2027));
  }

  @Test
  void milestonesAreCountedInSchoolYears() {
    SchoolYear n = SchoolYear.parse("2022-2023");
    assertThat(n.plusYears(3)).hasToString("2025-2026");
    assertThat(n.plusYears(5)).hasToString("2027-2028");
    assertThat(n.plusYears(-1)).hasToString("2021-2022");
    assertThat(n.isBefore(n.plusYears(1))).isTrue();
    assertThat(n.isAfter(n.plusYears(1))).isFalse();
    assertThat(n.compareTo(n.plusYears(3))).isNegative();
  }

  @Test
  void rejectsYearsOutOfRange() {
    assertThatThrownBy(() -> SchoolYear.of(1899)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchoolYear.of(SchoolYear.MAX_YEAR).plusYears(1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchoolYear.of(2000).plusYears(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
