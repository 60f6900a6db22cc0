package io.github.ldmlib.io;

/** Small JSON documents for the tests, and a helper to locate text in them. */
final class Docs {

  private Docs() {}

  /** A valid dossier; every key below is on its own line. */
  static final String DOSSIER = """
      {
        "formatVersion": "1.0",
        "kind": "dossier",
        "referentialId": "ldm-national-2023",
        "dossierKind": "INITIAL",
        "establishment": {
          "uai": "0619876D",
          "name": "Lycée Marie-Marvingt"
        },
        "submissionDate": "2026-03-16",
        "sections": [
          {
            "criterionId": "C1",
            "actions": [
              {
                "title": "Action",
                "durationYears": 5,
                "startYear": "2021-2022",
                "perennial": true
              }
            ]
          }
        ]
      }
      """;

  /** Replaces the one occurrence of {@code from} in the valid dossier. */
  static String dossierWith(String from, String to) {
    return replaceOnce(DOSSIER, from, to);
  }

  static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("Not exactly one occurrence of " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** The 1-based line and column of the first occurrence of {@code marker}. */
  static long[] at(String text, String marker) {
    int index = text.indexOf(marker);
    if (index < 0) {
      throw new IllegalArgumentException("No " + marker);
    }
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new long[] {line, index - lineStart + 1};
  }
}
