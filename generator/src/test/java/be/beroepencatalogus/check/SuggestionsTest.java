package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void anUnknownWordIsComparedOnceAndOnlyWithWordsOfANearLength() {
    List<String> known = new ArrayList<>(IntStream.range(0, 1_000).mapToObj(i -> "competentie-" + i).toList());
    known.add("koken");
    known.add("koker");
    Suggestions suggestions = new Suggestions(known);

    // A renamed competency that 320 occupations still list: each reference asks for the same suggestion.
    for (int i = 0; i < 320; i++) {
      assertEquals(Optional.of("koken"), suggestions.closest("kokken"));
    }

    assertEquals(2, suggestions.distancesComputed());
  }

  @Test
  void theSuggestionIsTheNearestWordWithTiesToTheFirstInAlphabeticalOrder() {
    Random random = new Random(13);
    List<String> known = IntStream.range(0, 300).mapToObj(i -> word(random)).distinct().toList();
    Suggestions suggestions = new Suggestions(known);
    for (int i = 0; i < 2_000; i++) {
      String word = i % 2 == 0 ? word(random) : mistype(known.get(random.nextInt(known.size())), random);
      assertEquals(everyWordCompared(word, known), suggestions.closest(word), word);
    }
  }

  /** What the suggestion was before it was bounded: the distance to every known word, the nearest within the limit. */
  private static Optional<String> everyWordCompared(String word, List<String> known) {
    int limit = word.length() <= 3 ? 1 : Math.min(3, (word.length() + 2) / 3);
    return known.stream()
        .filter(k -> DidYouMean.distance(word, k) <= limit)
        .min(Comparator.comparingInt((String k) -> DidYouMean.distance(word, k)).thenComparing(k -> k));
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(9);
    for (int i = 0; i < length; i++) {
      word.append("abc-".charAt(random.nextInt(4)));
    }
    return word.toString();
  }

  private static String mistype(String word, Random random) {
    StringBuilder s = new StringBuilder(word);
    int at = random.nextInt(s.length());
    switch (random.nextInt(3)) {
      case 0 -> s.deleteCharAt(at);
      case 1 -> s.insert(at, 'b');
      default -> s.setCharAt(at, 'C');
    }
    return s.toString();
  }
}
