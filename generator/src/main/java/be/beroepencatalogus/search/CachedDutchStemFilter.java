package be.beroepencatalogus.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Snowball's Dutch stemmer, as Lucene's SnowballFilter runs it, remembering each word's stem: a catalogue
 * repeats a few thousand words millions of times, and stemming was most of the indexing time.
 */
final class CachedDutchStemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final DutchStemmer stemmer = new DutchStemmer();
  private final Map<String, String> stems;

  /** {@code stems} is shared by the analyzer's filters (one per thread), so it must be thread-safe. */
  CachedDutchStemFilter(TokenStream input, Map<String, String> stems) {
    super(input);
    this.stems = stems;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    String stem = stems.get(word);
    if (stem == null) {
      stemmer.setCurrent(word);
      stemmer.stem();
      stem = stemmer.getCurrent();
      stems.put(word, stem);
    }
    term.setEmpty().append(stem);
    return true;
  }
}
