package be.beroepencatalogus.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Dutch analysis of the search index: lower case, Dutch stop words dropped, accents folded
 * ({@code potentiële} -> {@code potentiele}) and, for the scored fields, Snowball's Dutch stemmer
 * ({@code klachten} -> {@code klacht}, as Lucene's SnowballFilter with "Dutch" does). The "surface" chain stops before stemming: it gives the words as a
 * reader types them, which the browser maps to stems with an exported table instead of shipping a stemmer.
 */
public final class SearchAnalyzers {
  private SearchAnalyzers() {}

  public static CharArraySet stopwords() {
    return DutchAnalyzer.getDefaultStopSet();
  }

  /** Lower case, stop words, folding, Dutch stemming: the scored fields. */
  public static Analyzer stemming() {
    return new Chain(true);
  }

  /**
   * The rest of the scored chain for one word that {@link #surface()} gave: Dutch stemming, and compounds also
   * yield their parts that the catalogue uses as words of their own ({@code klaviervaardigheid} -> also
   * {@code klavier}, {@code vaardigheid}).
   */
  static Analyzer wordExpansion(CharArraySet compoundParts) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream stream = new DictionaryCompoundWordTokenFilter(source, compoundParts, 8, 4, 20, true);
        return new TokenStreamComponents(source, new CachedDutchStemFilter(stream, new ConcurrentHashMap<>()));
      }
    };
  }

  /** Lower case, stop words, folding, no stemming: the words as written. */
  public static Analyzer surface() {
    return new Chain(false);
  }

  private static final class Chain extends Analyzer {
    private final boolean stem;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    Chain(boolean stem) {
      this.stem = stem;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new StopFilter(stream, stopwords());
      stream = new ASCIIFoldingFilter(stream);
      if (stem) {
        stream = new CachedDutchStemFilter(stream, stems);
      }
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
