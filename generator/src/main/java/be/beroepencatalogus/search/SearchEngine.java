package be.beroepencatalogus.search;

import be.beroepencatalogus.check.DidYouMean;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * Answers queries on the Lucene index with the rules of {@link SearchQuery}: every word must match (a Boolean MUST per
 * word over a max-disjunction of its stems' queries), ranked by {@link SearchQuery.Rank}; when nothing matches, up to
 * three one-edit corrections that have results; failing that, documents matching some of the words.
 */
public final class SearchEngine {
  private final SearchIndex index;
  private Map<String, Integer> surfaces;
  private Map<String, List<Integer>> names;

  public SearchEngine(SearchIndex index) {
    this.index = index;
  }

  /** One result: the document's display data, its score and a passage of its text around the match. */
  public record Hit(SearchIndex.StoredDoc doc, float score, String snippet) {}

  /**
   * The answer to a query: the best {@code limit} hits of the chosen type (all types when empty), the number of
   * matches per type, the corrected query whose results are shown and the other corrections offered, whether only
   * some of the words matched and which words matched.
   */
  public record Response(List<Hit> hits, Map<DocType, Integer> counts, String corrected, List<String> alternatives,
      boolean partial, List<String> matched) {
    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  public Response search(String input, int limit, Optional<DocType> type) {
    List<String> words = SearchIndex.words(input);
    if (words.isEmpty() || (words.size() == 1 && words.get(0).length() < SearchQuery.MIN_PREFIX)) {
      return new Response(List.of(), Map.of(), null, List.of(), false, List.of());
    }
    List<Set<String>> stems = stemsPerWord(words);
    List<String> split = split(words, stems);
    if (!split.equals(words)) {
      words = split;
      stems = stemsPerWord(words);
    }
    Map<Integer, SearchIndex.Hit> scores = stems.stream().anyMatch(Set::isEmpty) ? new HashMap<>() : run(stems, BooleanClause.Occur.MUST);
    String joined = joined(words);
    BitSet joinedNamed = new BitSet();
    if (joined != null) {
      Set<String> joinedStems = SearchQuery.stemsOf(index, joined, false);
      joinedStems.forEach(stem -> joinedNamed.or(index.named(stem)));
      Map<Integer, SearchIndex.Hit> merged = scores;
      run(List.of(joinedStems), BooleanClause.Occur.MUST).forEach((number, hit) -> merged.merge(number, hit, (a, b) -> a.score() >= b.score() ? a : b));
    }
    List<String> shown = words;
    List<List<String>> alternatives = List.of();
    boolean partial = false;
    if (scores.isEmpty()) {
      alternatives = corrections(words, stems);
      if (!alternatives.isEmpty()) {
        shown = alternatives.get(0);
        stems = stemsPerWord(shown);
        scores = run(stems, BooleanClause.Occur.MUST);
      }
    }
    List<String> matched = shown;
    if (scores.isEmpty() && words.size() > 1 && stems.stream().anyMatch(s -> !s.isEmpty())) {
      List<Set<String>> some = stems.stream().filter(s -> !s.isEmpty()).toList();
      scores = run(some, BooleanClause.Occur.SHOULD);
      partial = true;
      List<String> found = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (!stems.get(i).isEmpty()) {
          found.add(words.get(i));
        }
      }
      matched = found;
    }
    if (scores.isEmpty()) {
      matched = List.of();
    }
    List<SearchQuery.Rank> ranked = rank(scores, shown, stems, partial, joined, joinedNamed);
    return response(ranked, scores, stems, shown, limit, type,
        alternatives.isEmpty() ? null : String.join(" ", alternatives.get(0)),
        alternatives.stream().map(a -> String.join(" ", a)).toList(), partial, matched);
  }

  /**
   * An unknown word of 6 letters or more that is two known words written together ({@code bagageinspecteur}) is
   * searched as those two words: the longest known first part whose rest is known too.
   */
  private List<String> split(List<String> words, List<Set<String>> stems) {
    List<String> split = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean done = false;
      if (stems.get(i).isEmpty() && word.length() >= SearchQuery.MIN_SPLIT) {
        for (int cut = word.length() - SearchQuery.MIN_PART; cut >= SearchQuery.MIN_PART && !done; cut--) {
          String first = word.substring(0, cut);
          String rest = word.substring(cut);
          if (index.surfaceFrequency(first) > 0 && index.surfaceFrequency(rest) > 0) {
            split.add(first);
            split.add(rest);
            done = true;
          }
        }
      }
      if (!done) {
        split.add(word);
      }
    }
    return split;
  }

  /** The words of a query of 2 or 3 words written together, when the catalogue has that word ({@code business analist}). */
  private String joined(List<String> words) {
    if (words.size() < 2 || words.size() > SearchQuery.MAX_JOINED) {
      return null;
    }
    String joined = String.join("", words);
    return index.surfaceFrequency(joined) > 0 ? joined : null;
  }

  private List<Set<String>> stemsPerWord(List<String> words) {
    List<Set<String>> stems = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      stems.add(SearchQuery.stemsOf(index, words.get(i), i == words.size() - 1));
    }
    return stems;
  }

  /**
   * Up to {@link SearchQuery#MAX_ALTERNATIVES} corrected queries with results: the first unknown word of 4 letters or
   * more replaced by each of its candidates in turn (best first, at most {@link SearchQuery#MAX_TRIED} tried), any
   * other unknown word by its best candidate.
   */
  private List<List<String>> corrections(List<String> words, List<Set<String>> stems) {
    List<Integer> unknown = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (stems.get(i).isEmpty() && words.get(i).length() >= SearchQuery.MIN_TYPO_LENGTH) {
        unknown.add(i);
      }
    }
    if (unknown.isEmpty()) {
      return List.of();
    }
    List<String> fixed = new ArrayList<>(words);
    for (int i : unknown.subList(1, unknown.size())) {
      List<String> candidates = candidates(words.get(i));
      if (!candidates.isEmpty()) {
        fixed.set(i, candidates.get(0));
      }
    }
    List<List<String>> alternatives = new ArrayList<>();
    int first = unknown.get(0);
    List<String> candidates = candidates(words.get(first));
    for (String candidate : candidates.subList(0, Math.min(SearchQuery.MAX_TRIED, candidates.size()))) {
      List<String> alternative = new ArrayList<>(fixed);
      alternative.set(first, candidate);
      List<Set<String>> altStems = stemsPerWord(alternative);
      if (altStems.stream().noneMatch(Set::isEmpty) && !run(altStems, BooleanClause.Occur.MUST).isEmpty()) {
        alternatives.add(List.copyOf(alternative));
        if (alternatives.size() == SearchQuery.MAX_ALTERNATIVES) {
          break;
        }
      }
    }
    return alternatives;
  }

  /** Known words one edit from {@code word}, in {@link SearchQuery#candidateOrder}. */
  List<String> candidates(String word) {
    if (surfaces == null) {
      surfaces = index.surfaces();
    }
    return surfaces.entrySet().stream()
        .filter(e -> DidYouMean.distance(word, e.getKey()) == 1)
        .map(e -> (Map.Entry<String, Integer>) new AbstractMap.SimpleEntry<>(e.getKey(), e.getValue()))
        .sorted(SearchQuery.candidateOrder(word))
        .map(Map.Entry::getKey)
        .toList();
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

  private List<SearchQuery.Rank> rank(Map<Integer, SearchIndex.Hit> scores, List<String> words, List<Set<String>> stems, boolean partial,
      String joined, BitSet joinedNamed) {
    if (names == null) {
      names = index.names();
    }
    Set<Integer> exact = new java.util.HashSet<>(names.getOrDefault(SearchQuery.nameKey(keyWords(words)), List.of()));
    if (joined != null && !partial) {
      exact.addAll(names.getOrDefault(joined, List.of()));
    }
    BitSet named = null;
    if (!partial) {
      for (Set<String> wordStems : stems) {
        BitSet any = new BitSet();
        wordStems.forEach(stem -> any.or(index.named(stem)));
        if (named == null) {
          named = any;
        } else {
          named.and(any);
        }
      }
    }
    BitSet inNames = named == null ? new BitSet() : named;
    if (joined != null && !partial) {
      inNames.or(joinedNamed);
    }
    return scores.values().stream()
        .map(h -> new SearchQuery.Rank(h.number(), h.type(), exact.contains(h.number()), inNames.get(h.number()), h.score()))
        .sorted(SearchQuery.Rank.ORDER)
        .toList();
  }

  /** Each word as the catalogue writes it: an unknown word whose singular is known counts as that singular. */
  private List<String> keyWords(List<String> words) {
    return words.stream().map(w -> {
      if (index.surfaceFrequency(w) > 0) {
        return w;
      }
      return SearchQuery.singulars(w).stream().filter(s -> index.surfaceFrequency(s) > 0).findFirst().orElse(w);
    }).toList();
  }

  private Response response(List<SearchQuery.Rank> ranked, Map<Integer, SearchIndex.Hit> scores, List<Set<String>> stems,
      List<String> words, int limit, Optional<DocType> type, String corrected, List<String> alternatives, boolean partial,
      List<String> matched) {
    Map<DocType, Integer> counts = new EnumMap<>(DocType.class);
    ranked.forEach(r -> counts.merge(r.type(), 1, Integer::sum));
    Predicate<String> matches = matcher(stems, words.isEmpty() ? "" : words.get(words.size() - 1));
    List<Hit> hits = ranked.stream()
        .filter(r -> type.isEmpty() || type.get() == r.type())
        .limit(limit)
        .map(r -> {
          SearchIndex.StoredDoc doc = index.stored(scores.get(r.number()).luceneDoc(), r.number());
          return new Hit(doc, r.score(), Snippets.around(doc.text(), doc.aliases(), matches));
        })
        .toList();
    return new Response(hits, counts, corrected, alternatives, partial, matched);
  }

  /** Whether a word of a text matches the query: its stem is one of the query's, or it starts with the last word. */
  private Predicate<String> matcher(List<Set<String>> stems, String typing) {
    Set<String> all = new java.util.HashSet<>();
    stems.forEach(all::addAll);
    return token -> {
      List<String> folded = SearchIndex.words(token);
      return !folded.isEmpty() && (all.contains(index.stem(folded.get(0))) || folded.get(0).startsWith(typing));
    };
  }
}
