package be.beroepencatalogus.search;

import be.beroepencatalogus.check.DidYouMean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Answers queries on the Lucene index with the semantics of {@link SearchQuery}: every word must match
 * (a Boolean MUST per word over a max-disjunction of its stems' queries); when nothing matches, a one-edit
 * correction of unknown words of five letters or more; failing that, documents matching some of the words.
 */
public final class SearchEngine {
  private final SearchIndex index;

  public SearchEngine(SearchIndex index) {
    this.index = index;
  }

  /** One result: the document's number, display data and score. */
  public record Hit(SearchIndex.StoredDoc doc, float score) {}

  /**
   * The answer to a query: the best {@code limit} hits of the chosen type (all types when empty), the
   * number of matches per type, the corrected query when a typo was corrected, and whether only some of
   * the words matched.
   */
  public record Response(List<Hit> hits, Map<DocType, Integer> counts, String corrected, boolean partial) {
    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public Response search(String input, int limit, Optional<DocType> type) {
    List<String> words = SearchIndex.words(input);
    if (words.isEmpty()) {
      return new Response(List.of(), Map.of(), null, false);
    }
    List<Set<String>> stems = stemsPerWord(words);
    Map<Integer, SearchIndex.Hit> scores = stems.stream().anyMatch(Set::isEmpty) ? Map.of() : run(stems, BooleanClause.Occur.MUST);
    String corrected = null;
    boolean partial = false;
    if (scores.isEmpty()) {
      List<String> fixed = correct(words, stems);
      if (!fixed.equals(words)) {
        List<Set<String>> fixedStems = stemsPerWord(fixed);
        if (fixedStems.stream().noneMatch(Set::isEmpty)) {
          scores = run(fixedStems, BooleanClause.Occur.MUST);
          corrected = String.join(" ", fixed);
        }
      }
    }
    if (scores.isEmpty() && words.size() > 1 && stems.stream().anyMatch(s -> !s.isEmpty())) {
      scores = run(stems.stream().filter(s -> !s.isEmpty()).toList(), BooleanClause.Occur.SHOULD);
      partial = true;
    }
    return response(scores, limit, type, corrected, partial);
  }

  private List<Set<String>> stemsPerWord(List<String> words) {
    List<Set<String>> stems = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      stems.add(SearchQuery.stemsOf(index, words.get(i), i == words.size() - 1));
    }
    return stems;
  }

  /** Replaces each unknown word of five letters or more by the most frequent known word one edit away. */
  private List<String> correct(List<String> words, List<Set<String>> stems) {
    List<String> fixed = new ArrayList<>(words);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!stems.get(i).isEmpty() || word.length() < SearchQuery.MIN_TYPO_LENGTH) {
        continue;
      }
      int position = i;
      Map<String, Integer> candidates = new HashMap<>();
      for (String prefix : SearchQuery.typoPrefixes(word)) {
        index.surfacesStartingWith(prefix).forEach((surface, df) -> {
          if (DidYouMean.distance(word, surface) == 1) {
            candidates.put(surface, df);
          }
        });
      }
      candidates.entrySet().stream()
          .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
          .ifPresent(best -> fixed.set(position, best.getKey()));
    }
    return fixed;
  }

  private Map<Integer, SearchIndex.Hit> run(List<Set<String>> stemsPerWord, BooleanClause.Occur occur) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Set<String> stems : stemsPerWord) {
      List<Query> alternatives = stems.stream().map(SearchIndex::stemQuery).toList();
      query.add(new DisjunctionMaxQuery(alternatives, 0f), occur);
    }
    Map<Integer, SearchIndex.Hit> scores = new HashMap<>();
    index.forEachHit(query.build(), hit -> scores.put(hit.number(), hit));
    return scores;
  }

  private Response response(Map<Integer, SearchIndex.Hit> matches, int limit, Optional<DocType> type, String corrected, boolean partial) {
    Map<DocType, Integer> counts = new EnumMap<>(DocType.class);
    matches.values().forEach(m -> counts.merge(m.type(), 1, Integer::sum));
    List<Hit> hits = matches.values().stream()
        .filter(m -> type.isEmpty() || type.get() == m.type())
        .sorted(Comparator.comparing((SearchIndex.Hit m) -> -m.score()).thenComparingInt(SearchIndex.Hit::number))
        .limit(limit)
        .map(m -> new Hit(index.stored(m.luceneDoc(), m.number()), m.score()))
        .toList();
    return new Response(hits, counts, corrected, partial);
  }
}
