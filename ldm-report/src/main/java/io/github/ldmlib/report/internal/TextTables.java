package io.github.ldmlib.report.internal;

import io.github.ldmlib.report.view.TableView;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables for a terminal: columns padded with spaces to the width of their widest cell, two spaces
 * apart, the header underlined with dashes. A cell's lines are joined into one; a cell wider than
 * {@value #WIDTH} characters ({@value #LAST_WIDTH} in the last column) is cut and ends with « … ».
 */
public final class TextTables {

  private TextTables() {}

  /** The widest a column but the last may be. */
  static final int WIDTH = 48;

  /** The widest the last column may be: it holds the errors, which are read in full. */
  static final int LAST_WIDTH = 200;

  /**
   * Renders a table.
   *
   * @param table the table
   * @return its lines, each ending with a line break, trailing spaces removed
   */
  public static String table(TableView table) {
    List<List<String>> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    int columns = table.header().size();
    int[] width = new int[columns];
    for (List<String> row : all) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], Math.min(oneLine(row.get(i)).length(), i == columns - 1 ? LAST_WIDTH : WIDTH));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < all.size(); r++) {
      List<String> row = all.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String c = oneLine(row.get(i));
        if (c.length() > width[i]) {
          c = c.substring(0, width[i] - 1) + "…";
        }
        line.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(width[i] - c.length()));
      }
      s.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        s.append("-".repeat(Math.max(0, total - 2))).append('\n');
      }
    }
    return s.toString();
  }

  /**
   * Leaves a column out of a table.
   *
   * @param table the table
   * @param column the index of the column to leave out
   * @return the table without that column
   */
  public static TableView without(TableView table, int column) {
    return new TableView(without(table.header(), column), table.rows().stream().map(r -> without(r, column)).toList());
  }

  private static List<String> without(List<String> row, int column) {
    List<String> out = new ArrayList<>(row);
    out.remove(column);
    return out;
  }

  /** The lines of a text joined by one space, the text stripped. */
  static String oneLine(String text) {
    return String.join(" ", text.strip().split("\\s*\\R\\s*"));
  }
}
