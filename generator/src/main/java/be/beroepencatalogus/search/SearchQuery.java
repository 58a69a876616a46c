package be.beroepencatalogus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a query's words become stems, the same way in the CLI and in the browser (theme/assets/search.js):
 * a word known as written maps to its stem; a word that is itself a stem stands for itself; the last word,
 * being typed, also stands for the stems of up to {@link #MAX_EXPANSIONS} most frequent words it starts
 * (at least {@link #MIN_PREFIX} letters). A document must match every word; its score is, per word, the
 * highest weight among that word's stems, summed over the words.
 */
public final class SearchQuery {
  public static final int MIN_PREFIX = 2;
  public static final int MAX_EXPANSIONS = 50;
  public static final int MIN_TYPO_LENGTH = 5;

  private SearchQuery() {}

  /** The stems one query word stands for; empty when the catalogue does not have the word. */
  static Set<String> stemsOf(SearchIndex index, String word, boolean typing) {
    Set<String> stems = new LinkedHashSet<>();
    if (index.surfaceFrequency(word) > 0) {
      stems.add(index.stem(word));
    } else if (index.hasStem(word)) {
      stems.add(word);
    }
    if (typing && word.length() >= MIN_PREFIX) {
      for (String surface : expansions(index.surfacesStartingWith(word))) {
        stems.add(index.stem(surface));
      }
    }
    return stems;
  }

  /** The most frequent words of those given (word -> document frequency), ties alphabetical. */
  static List<String> expansions(Map<String, Integer> surfaces) {
    return surfaces.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(MAX_EXPANSIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The two-letter beginnings where a one-edit correction of {@code word} is looked for: its own, and those
   * left by dropping its first or second letter or swapping the two. The browser loads only these parts of
   * the index, so the CLI looks in the same places.
   */
  static List<String> typoPrefixes(String word) {
    List<String> prefixes = new ArrayList<>();
    prefixes.add(word.substring(0, 2));
    prefixes.add(word.substring(1, 3));
    prefixes.add("" + word.charAt(0) + word.charAt(2));
    prefixes.add("" + word.charAt(1) + word.charAt(0));
    return prefixes.stream().distinct().toList();
  }
}
