package io.github.ldmlib.report.internal;

import io.github.ldmlib.report.view.TableView;
import java.util.List;

/**
 * Tables as CSV (RFC 4180): comma-separated, a record per line ending with CRLF, a field quoted when
 * it holds a comma, a quote or a line break, its quotes doubled. A field that a spreadsheet would
 * take for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, which spreadsheets skip before they look for a formula) starts with an apostrophe, but a
 * negative integer such as {@code -3} is kept as it is.
 */
public final class Csv {

  private Csv() {}

  /**
   * Writes a table.
   *
   * @param table the table
   * @return the header, then each row
   */
  public static String of(TableView table) {
    StringBuilder s = new StringBuilder();
    row(s, table.header());
    table.rows().forEach(r -> row(s, r));
    return s.toString();
  }

  private static void row(StringBuilder s, List<String> row) {
    for (int i = 0; i < row.size(); i++) {
      String v = row.get(i);
      if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
        v = "'" + v;
      }
      boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
      s.append(i == 0 ? "" : ",").append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
    }
    s.append("\r\n");
  }
}
