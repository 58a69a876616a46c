package be.beroepencatalogus.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Did you mean" against one set of known words (the competency ids of a catalogue), for many look-ups: the
 * words are kept by length, so a look-up reads only those near enough in length to be a near miss, and each
 * unknown word is looked up once. A renamed competency that 320 occupations list is 320 unknown references to
 * one id: compared with all 15,000 ids each time, that took two minutes. Not thread-safe.
 */
public final class Suggestions {
  private final TreeMap<Integer, List<String>> byLength = new TreeMap<>();
  private final Map<String, Optional<String>> answers = new HashMap<>();
  private final int[] distancesComputed = new int[1];

  public Suggestions(Collection<String> known) {
    for (String word : known) {
      byLength.computeIfAbsent(word.length(), n -> new ArrayList<>()).add(word);
    }
  }

  /** The nearest known word to {@code word}, as {@link DidYouMean#closest(String, Collection)} finds it. */
  public Optional<String> closest(String word) {
    return answers.computeIfAbsent(word, w -> {
      int limit = DidYouMean.limit(w);
      List<String> candidates = new ArrayList<>();
      byLength.subMap(w.length() - limit, true, w.length() + limit, true).values().forEach(candidates::addAll);
      return Optional.ofNullable(DidYouMean.closest(w, candidates, distancesComputed));
    });
  }

  /** How many edit distances the look-ups so far computed. */
  int distancesComputed() {
    return distancesComputed[0];
  }
}
