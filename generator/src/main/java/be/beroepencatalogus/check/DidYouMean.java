package be.beroepencatalogus.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the nearest known word for a near miss, by edit distance. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String word, Collection<String> known) {
    int limit = word.length() <= 3 ? 1 : Math.min(3, (word.length() + 2) / 3);
    return known.stream()
        .filter(k -> distance(word, k) <= limit)
        .min(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k));
  }

  /** Levenshtein distance, ignoring case. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
