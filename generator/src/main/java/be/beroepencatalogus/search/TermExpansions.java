package be.beroepencatalogus.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * The terms a scored field indexes for one word as {@link SearchAnalyzers#surface()} gives it: its stem, then,
 * when it is a compound of the catalogue's own words, the stems of its parts (as the scored analyzer chain
 * would: Lucene's compound filter, then Snowball). Remembered per word: a catalogue repeats a few tens of
 * thousands of words millions of times, and the compound search was most of the indexing time.
 */
final class TermExpansions {
  private final Analyzer analyzer;
  private final Map<String, String[]> expansions = new ConcurrentHashMap<>();

  TermExpansions(CharArraySet compoundParts) {
    this.analyzer = SearchAnalyzers.wordExpansion(compoundParts);
  }

  /** The word's stem first, then its parts' stems. */
  String[] of(String word) {
    return expansions.computeIfAbsent(word, this::analyze);
  }

  /** A token stream of the words' terms: each word's first term one position on, its parts at the same position. */
  TokenStream stream(String[] words) {
    String[][] groups = new String[words.length][];
    for (int i = 0; i < words.length; i++) {
      groups[i] = of(words[i]);
    }
    return new PreAnalyzedTokens(groups);
  }

  private String[] analyze(String word) {
    return SearchIndex.analyze(analyzer, word).toArray(String[]::new);
  }
}
