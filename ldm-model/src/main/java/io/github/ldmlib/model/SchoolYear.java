package io.github.ldmlib.model;

import io.github.ldmlib.model.internal.HiddenFromDatabinding;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A school year (<i>année scolaire</i>) such as {@code 2024-2025}: from 1 September of its start
 * year to 31 August of the next.
 *
 * <p>The text form is always two consecutive four-digit years joined by a hyphen. Measures of an
 * indicator are dated by school year: the start measure at year N, the follow-up at N+3 and the
 * end at N+5 ({@link #plusYears(int)}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startYear the calendar year in which the school year starts, from {@value #MIN_YEAR} to
 *     {@value #MAX_YEAR}
 */
@HiddenFromDatabinding // the format writes it as its text, through the Jackson modules only
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

  /** The earliest start year accepted. */
  public static final int MIN_YEAR = 1900;

  /** The latest start year accepted. */
  public static final int MAX_YEAR = 2998;

  /**
   * Creates a school year.
   *
   * @throws IllegalArgumentException if {@code startYear} is outside {@value #MIN_YEAR}–{@value
   *     #MAX_YEAR}
   */
  public SchoolYear {
    if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
      throw new IllegalArgumentException(
          "School year start " + startYear + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
  }

  /**
   * Obtains the school year that starts in the given calendar year.
   *
   * @param startYear the start year, for example 2024 for {@code 2024-2025}
   * @return the school year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static SchoolYear of(int startYear) {
    return new SchoolYear(startYear);
  }

  /**
   * Obtains the school year that contains a date: a date from September on belongs to the school
   * year starting that calendar year, an earlier date to the one that started the year before.
   *
   * @param date the date, not null
   * @return the school year containing it
   */
  public static SchoolYear containing(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return new SchoolYear(year);
  }

  /**
   * Parses text such as {@code 2024-2025}. Both years have four digits and the second is the first
   * plus one; nothing else is accepted (no white space, no {@code 2024/2025}).
   *
   * @param text the text, not null
   * @return the school year
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a school year; the message says why
   */
  public static SchoolYear parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String problem = problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(
          "Invalid school year '" + Uai.abbreviate(text.toString()) + "': " + problem);
    }
    return new SchoolYear(digits(text, 0));
  }

  /**
   * Tells whether the text is a valid school year. Never throws.
   *
   * @param text the text, may be null
   * @return true if {@link #parse(CharSequence)} would accept it
   */
  public static boolean isValid(CharSequence text) {
    return text != null && problem(text) == null;
  }

  /** The calendar year in which the school year ends. */
  public int endYear() {
    return startYear + 1;
  }

  /** The first day of the school year, 1 September of the start year. */
  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.SEPTEMBER, 1);
  }

  /** The last day of the school year, 31 August of the end year. */
  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.AUGUST, 31);
  }

  /**
   * Returns the school year {@code years} later (or earlier when negative).
   *
   * @param years the number of years to add
   * @return the shifted school year
   * @throws IllegalArgumentException if the result is out of range
   */
  public SchoolYear plusYears(int years) {
    long shifted = (long) startYear + years;
    if (shifted < MIN_YEAR || shifted > MAX_YEAR) {
      throw new IllegalArgumentException(
          "School year " + this + " plus " + years + " years is outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
    return new SchoolYear((int) shifted);
  }

  /** Tells whether this school year starts before the other. */
  public boolean isBefore(SchoolYear other) {
    return startYear < other.startYear;
  }

  /** Tells whether this school year starts after the other. */
  public boolean isAfter(SchoolYear other) {
    return startYear > other.startYear;
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** Returns the text form, for example {@code 2024-2025}. */
  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }

  private static String problem(CharSequence text) {
    if (text.length() != 9 || text.charAt(4) != '-') {
      return "expected two years as YYYY-YYYY";
    }
    for (int i = 0; i < 9; i++) {
      if (i != 4 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return "expected two years as YYYY-YYYY";
      }
    }
    int start = digits(text, 0);
    int end = digits(text, 5);
    if (end != start + 1) {
      return "the years must be consecutive";
    }
    if (start < MIN_YEAR || start > MAX_YEAR) {
      return "the start year must be between " + MIN_YEAR + " and " + MAX_YEAR;
    }
    return null;
  }

  private static int digits(CharSequence text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}
