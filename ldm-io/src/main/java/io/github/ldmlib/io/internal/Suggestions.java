package io.github.ldmlib.io.internal;

import java.util.Collection;

/** Finds the allowed key a misspelt key most likely meant. */
final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the allowed name closest to {@code name}: the same name in another case, or one within
   * two edits (one for short names); null when none is close enough.
   */
  static String closest(String name, Collection<String> allowed) {
    if (name.length() > 100) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
      int distance = distance(name, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int threshold = name.length() <= 4 ? 1 : 2;
    return bestDistance <= threshold ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
