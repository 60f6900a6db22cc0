package io.github.ldmlib.report.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of plain texts: a header and rows, every row as wide as the header. An empty cell is an
 * empty string.
 *
 * @param header the names of the columns
 * @param rows the rows, each a list of cells in the order of the header
 */
public record TableView(List<String> header, List<List<String>> rows) {

  /**
   * Checks the table and copies its lists.
   *
   * @throws NullPointerException if the header, the rows, a row or a cell is null
   * @throws IllegalArgumentException if a row is not as wide as the header
   */
  public TableView {
    header = List.copyOf(header);
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("Row " + copy.size() + " has " + row.size() + " cells, the header "
            + header.size() + ": " + row);
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
  }
}
