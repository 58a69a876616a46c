package be.beroepencatalogus.importer;

import be.beroepencatalogus.model.Slugs;

/**
 * Titles as the import compares them: case, accents, punctuation and spacing do not count, so "Flexibel zijn." and
 * "flexibel  zijn" are the same key skill. A near match (a typo, a small edit) is only ever reported.
 */
final class TitleKey {
  private TitleKey() {}

  static String of(String title) {
    return Slugs.fromTitle(WordText.clean(title), Integer.MAX_VALUE);
  }

  /** Whether two different keys differ by a typo or a small edit: a few characters, relative to their length. */
  static boolean near(String a, String b) {
    int bound = Math.max(2, Math.min(a.length(), b.length()) / 12);
    return !a.equals(b) && Math.abs(a.length() - b.length()) <= bound && distanceWithin(a, b, bound);
  }

  /** Levenshtein distance at most {@code bound}, computed in the diagonal band that can stay within it. */
  private static boolean distanceWithin(String a, String b, int bound) {
    int n = b.length();
    int[] previous = new int[n + 1];
    int[] current = new int[n + 1];
    int big = bound + 1;
    for (int j = 0; j <= n; j++) {
      previous[j] = j <= bound ? j : big;
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - bound);
      int to = Math.min(n, i + bound);
      current[0] = i <= bound ? i : big;
      if (from > 1) {
        current[from - 1] = big;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < n) {
        current[to + 1] = big;
      }
      if (rowMin > bound) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[n] <= bound;
  }
}
