package be.beroepencatalogus.search;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * What the browser export needs from the search index, computed from the analysed words without building a
 * Lucene index: the words with their document frequencies, the stems, and per stem the documents with their
 * weights. The weights are what {@link SearchIndex#weights} gives, made by Lucene's own BM25 code from the
 * same statistics an index would hold (field lengths encoded as norms, document frequencies, average field
 * lengths): indexing and then querying every stem was most of the export's time. SearchIndexTest holds the two
 * to the same numbers.
 */
public final class ExportIndex {
  private static final String[] FIELDS = {SearchIndex.TITLE, SearchIndex.ALIAS, SearchIndex.BODY};

  /** Lucene's default, as its IndexWriter (norms) and IndexSearcher (scores) use it; thread-safe. */
  private static final Similarity SIMILARITY = new BM25Similarity();
  private final Analyzer stemming = SearchAnalyzers.stemming();
  private final TreeMap<String, Integer> surfaces;
  private final Map<String, Postings> postings;
  private final CollectionStatistics[] fields;

  private ExportIndex(TreeMap<String, Integer> surfaces, Map<String, Postings> postings, CollectionStatistics[] fields) {
    this.surfaces = surfaces;
    this.postings = postings;
    this.fields = fields;
  }

  public static ExportIndex build(List<SearchDoc> docs) {
    return build(docs, SearchIndex.COMPOUNDS);
  }

  static ExportIndex build(List<SearchDoc> docs, boolean compounds) {
    AnalysedDocs analysed = AnalysedDocs.of(docs, compounds);
    List<FieldTerms[]> inverted = IntStream.range(0, docs.size()).parallel()
        .mapToObj(i -> {
          String[][] words = analysed.words().get(i);
          FieldTerms[] perField = new FieldTerms[FIELDS.length];
          for (int f = 0; f < FIELDS.length; f++) {
            perField[f] = FieldTerms.of(FIELDS[f], words[f], analysed.expansions());
          }
          return perField;
        })
        .toList();
    // Documents in ascending order, so every stem's postings come out sorted by document number.
    Map<String, Postings> postings = new HashMap<>();
    long[] docCount = new long[FIELDS.length];
    long[] sumTotalTermFreq = new long[FIELDS.length];
    long[] sumDocFreq = new long[FIELDS.length];
    for (int doc = 0; doc < inverted.size(); doc++) {
      FieldTerms[] perField = inverted.get(doc);
      for (int f = 0; f < FIELDS.length; f++) {
        FieldTerms terms = perField[f];
        if (terms.length() == 0) {
          continue;
        }
        docCount[f]++;
        sumTotalTermFreq[f] += terms.length();
        sumDocFreq[f] += terms.terms().length;
        for (int t = 0; t < terms.terms().length; t++) {
          postings.computeIfAbsent(terms.terms()[t], k -> new Postings()).add(doc, f, terms.freqs()[t], terms.norm());
        }
      }
    }
    CollectionStatistics[] fields = new CollectionStatistics[FIELDS.length];
    for (int f = 0; f < FIELDS.length; f++) {
      fields[f] = docCount[f] == 0 ? null : new CollectionStatistics(FIELDS[f], docs.size(), docCount[f], sumTotalTermFreq[f], sumDocFreq[f]);
    }
    return new ExportIndex(countSurfaces(analysed.words()), postings, fields);
  }

  /**
   * A document's terms in one field as Lucene's indexing chain counts them: each word's stem one position on, its
   * compound parts stacked at the same position (counted in the length, then discounted from the norm as overlaps).
   */
  private record FieldTerms(String[] terms, int[] freqs, int length, long norm) {
    static FieldTerms of(String field, String[] words, TermExpansions expansions) {
      Map<String, int[]> counts = new HashMap<>();
      int length = 0;
      int overlaps = 0;
      int maxFreq = 0;
      for (String word : words) {
        String[] terms = expansions.of(word);
        for (int i = 0; i < terms.length; i++) {
          int freq = ++counts.computeIfAbsent(terms[i], k -> new int[1])[0];
          maxFreq = Math.max(maxFreq, freq);
          length++;
          if (i > 0) {
            overlaps++;
          }
        }
      }
      if (length == 0) {
        return new FieldTerms(new String[0], new int[0], 0, 0);
      }
      String[] terms = counts.keySet().toArray(String[]::new);
      int[] freqs = new int[terms.length];
      for (int t = 0; t < terms.length; t++) {
        freqs[t] = counts.get(terms[t])[0];
      }
      FieldInvertState state = new FieldInvertState(Version.LATEST.major, field, IndexOptions.DOCS_AND_FREQS,
          length - overlaps - 1, length, overlaps, 0, maxFreq, terms.length);
      return new FieldTerms(terms, freqs, length, SIMILARITY.computeNorm(state));
    }
  }

  /** A stem's occurrences: document, field, frequency and norm, four ints each, documents ascending. */
  private static final class Postings {
    private int[] entries = new int[8];
    private int size;

    void add(int doc, int field, int freq, long norm) {
      if (size + 4 > entries.length) {
        entries = Arrays.copyOf(entries, entries.length * 2);
      }
      entries[size++] = doc;
      entries[size++] = field;
      entries[size++] = freq;
      entries[size++] = (int) norm;
    }
  }

  /** Each word with the number of documents that use it (in any field). */
  private static TreeMap<String, Integer> countSurfaces(List<String[][]> words) {
    Map<String, Integer> counts = words.parallelStream().collect(HashMap::new, (map, doc) -> {
      Set<String> seen = new HashSet<>();
      for (String[] field : doc) {
        for (String word : field) {
          if (seen.add(word)) {
            map.merge(word, 1, Integer::sum);
          }
        }
      }
    }, (a, b) -> b.forEach((word, n) -> a.merge(word, n, Integer::sum)));
    return new TreeMap<>(counts);
  }

  /** The unstemmed words with the number of documents each occurs in, sorted. */
  public Map<String, Integer> surfaces() {
    return Collections.unmodifiableMap(surfaces);
  }

  /** All stems of the scored fields, sorted. */
  public TreeSet<String> stems() {
    return new TreeSet<>(postings.keySet());
  }

  /** The stem the index uses for an unstemmed, folded word. */
  public String stem(String surface) {
    return SearchIndex.stem(stemming, surface);
  }

  /**
   * The documents the stem occurs in, with Lucene's score of {@link SearchIndex#stemQuery}: per field BM25 with
   * the field's boost, summed over the fields as a double and then rounded to a float, as Lucene's disjunction
   * sums its clauses. Thread-safe.
   */
  public StemWeights weights(String stem) {
    Postings p = postings.get(stem);
    if (p == null) {
      return new StemWeights(new int[0], new float[0]);
    }
    long[] docFreq = new long[FIELDS.length];
    long[] totalTermFreq = new long[FIELDS.length];
    int docs = 0;
    int previous = -1;
    for (int i = 0; i < p.size; i += 4) {
      docFreq[p.entries[i + 1]]++;
      totalTermFreq[p.entries[i + 1]] += p.entries[i + 2];
      if (p.entries[i] != previous) {
        docs++;
        previous = p.entries[i];
      }
    }
    Similarity.SimScorer[] scorers = new Similarity.SimScorer[FIELDS.length];
    BytesRef term = new BytesRef(stem);
    for (int f = 0; f < FIELDS.length; f++) {
      if (docFreq[f] > 0) {
        scorers[f] = SIMILARITY.scorer(SearchIndex.BOOSTS.get(FIELDS[f]), fields[f], new TermStatistics(term, docFreq[f], totalTermFreq[f]));
      }
    }
    int[] numbers = new int[docs];
    float[] weights = new float[docs];
    int at = -1;
    double sum = 0;
    previous = -1;
    for (int i = 0; i < p.size; i += 4) {
      int doc = p.entries[i];
      if (doc != previous) {
        if (at >= 0) {
          weights[at] = (float) sum;
        }
        numbers[++at] = doc;
        sum = 0;
        previous = doc;
      }
      sum += scorers[p.entries[i + 1]].score(p.entries[i + 2], p.entries[i + 3]);
    }
    weights[at] = (float) sum;
    return new StemWeights(numbers, weights);
  }
}
