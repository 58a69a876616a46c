package be.beroepencatalogus.check;

import java.util.Collection;
import java.util.Optional;

/** Suggests the nearest known word for a near miss, by edit distance. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String word, Collection<String> known) {
    return Optional.ofNullable(closest(word, known, new int[1]));
  }

  /** The most edits a near miss of {@code word} may be away from what was meant. */
  static int limit(String word) {
    return word.length() <= 3 ? 1 : Math.min(3, (word.length() + 2) / 3);
  }

  /**
   * The nearest of {@code candidates} within {@link #limit}, the first in alphabetical order on a tie, or null;
   * adds the number of distances it computed to {@code computed[0]}. A word whose length differs by more than
   * the limit needs more edits than that, so its distance is not computed.
   */
  static String closest(String word, Iterable<String> candidates, int[] computed) {
    int limit = limit(word);
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) > limit) {
        continue;
      }
      computed[0]++;
      int d = distance(word, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Edit distance, ignoring case: insertions, deletions, substitutions and swaps of two neighbours count one each. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        char x = Character.toLowerCase(a.charAt(i - 1));
        char y = Character.toLowerCase(b.charAt(j - 1));
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (x == y ? 0 : 1));
        if (i > 1 && j > 1 && x == Character.toLowerCase(b.charAt(j - 2)) && Character.toLowerCase(a.charAt(i - 2)) == y) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
