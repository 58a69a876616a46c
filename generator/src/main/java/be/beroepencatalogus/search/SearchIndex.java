package be.beroepencatalogus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the catalogue. Scored fields ({@code title}, {@code alias}, {@code body}) hold stems;
 * {@code words} holds the unstemmed, folded words for prefix completion, typo correction and the surface ->
 * stem table. A stem's weight in a document is Lucene's BM25 score of that stem alone, with titles weighing most.
 * The CLI searches this index; the browser export is read from it ({@link BrowserIndexWriter}), with the weights
 * of {@link #weights}, so both rank with the same numbers.
 */
public final class SearchIndex implements AutoCloseable {
  static final String TITLE = "title";
  static final String ALIAS = "alias";
  static final String BODY = "body";
  static final String WORDS = "words";
  static final String NUMBER = "number";
  static final String TYPE = "type";
  static final Map<String, Float> BOOSTS = Map.of(TITLE, 3.0f, ALIAS, 2.0f, BODY, 1.0f);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer stemming = SearchAnalyzers.stemming();

  /** Per Lucene id, the document's number and type: read once, as every hit of every query needs them. */
  private final int[] numbers;
  private final DocType[] types;

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.numbers = new int[reader.maxDoc()];
    this.types = new DocType[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues number = leaf.reader().getNumericDocValues(NUMBER);
      NumericDocValues type = leaf.reader().getNumericDocValues(TYPE);
      for (int doc = number.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = number.nextDoc()) {
        type.advanceExact(doc);
        numbers[leaf.docBase + doc] = (int) number.longValue();
        types[leaf.docBase + doc] = DocType.values()[(int) type.longValue()];
      }
    }
  }

  /** BM25 needs term frequencies and field lengths (norms), no positions: nothing searches for phrases. */
  private static final FieldType SCORED_FIELD = indexed(IndexOptions.DOCS_AND_FREQS, false);
  /** Only which documents use a word: for completion, typo correction and the surface -> stem table. */
  private static final FieldType WORDS_FIELD = indexed(IndexOptions.DOCS, true);

  private static FieldType indexed(IndexOptions options, boolean omitNorms) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  /** Indexes the documents into {@code directory} (replacing what is there) and opens the result. */
  public static SearchIndex build(List<SearchDoc> docs, Directory directory) throws IOException {
    return build(docs, directory, true);
  }

  /**
   * As {@link #build(List, Directory)}, without the display data ({@link #stored} is then unusable): for the browser
   * export, which takes it from {@code docs}; compressing it was a tenth of the export's time. Scores are the same.
   */
  static SearchIndex buildWithoutDisplay(List<SearchDoc> docs, Directory directory) throws IOException {
    return build(docs, directory, false);
  }

  private static SearchIndex build(List<SearchDoc> docs, Directory directory, boolean display) throws IOException {
    // Each text goes through the surface chain once; the scored fields take their terms from those words
    // (TermExpansions), so tokenizing, folding and compound search are not repeated per field or per occurrence.
    AnalysedDocs analysed = AnalysedDocs.of(docs);
    NameKeys nameKeys = new NameKeys();
    IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.surface()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(256);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      // Documents are indexed on all cores; each carries its number, so the order Lucene stores them in does not
      // matter, and neither does the number of segments (scores use statistics over all of them).
      IntStream.range(0, docs.size()).parallel().forEach(i -> {
        SearchDoc doc = docs.get(i);
        String[][] w = analysed.words().get(i);
        Document d = new Document();
        d.add(new NumericDocValuesField(NUMBER, doc.number()));
        d.add(new NumericDocValuesField(TYPE, doc.type().ordinal()));
        if (display) {
          d.add(new StoredField("typeKey", doc.type().key()));
          d.add(new StoredField("id", doc.id()));
          d.add(new StoredField("path", doc.path()));
          d.add(new StoredField("snippet", doc.snippet()));
          d.add(new StoredField("context", doc.context()));
          d.add(new StoredField(TITLE, doc.title()));
          d.add(new StoredField("aliases", String.join("\n", doc.aliasList())));
          d.add(new StoredField("text", doc.body()));
          d.add(new StoredField("names", String.join("\n", nameKeys.of(doc))));
        }
        d.add(new Field(TITLE, analysed.expansions().stream(w[AnalysedDocs.TITLE]), SCORED_FIELD));
        d.add(new Field(ALIAS, analysed.expansions().stream(w[AnalysedDocs.ALIAS]), SCORED_FIELD));
        d.add(new Field(BODY, analysed.expansions().stream(w[AnalysedDocs.BODY]), SCORED_FIELD));
        d.add(new Field(WORDS, PreAnalyzedTokens.ofWords(distinct(w)), WORDS_FIELD));
        try {
          writer.addDocument(d);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return new SearchIndex(directory);
  }

  /** Each word of the document once: the words field records only which documents use a word. */
  private static String[] distinct(String[][] fields) {
    Set<String> words = new HashSet<>();
    for (String[] field : fields) {
      Collections.addAll(words, field);
    }
    return words.toArray(String[]::new);
  }

  public static SearchIndex open(Directory directory) throws IOException {
    return new SearchIndex(directory);
  }

  public int size() {
    return reader.numDocs();
  }

  /** The fields a stem is scored in, in the order of {@link #stemQuery}'s clauses. */
  private static final List<String> SCORED_FIELDS = List.of(TITLE, ALIAS, BODY);

  /** The query that scores one stem: its term in each scored field, boosted per field, summed. */
  static Query stemQuery(String stem) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String field : SCORED_FIELDS) {
      q.add(fieldQuery(field, stem), BooleanClause.Occur.SHOULD);
    }
    return q.build();
  }

  /** One clause of {@link #stemQuery}: the stem's BM25 score in one field, times the field's boost. */
  private static Query fieldQuery(String field, String stem) {
    return new BoostQuery(new TermQuery(new Term(field, stem)), BOOSTS.get(field));
  }

  /**
   * Every document the stem occurs in (by number) with its weight: Lucene's score of {@link #stemQuery}. Each
   * clause is run on its own and the clause scores are summed as Lucene's disjunction sums them: running the
   * Boolean query itself costs a 2,048-document scoring window per stem, and the export asks for every stem.
   */
  public StemWeights weights(String stem) {
    StemWeights.Builder weights = new StemWeights.Builder();
    for (String field : SCORED_FIELDS) {
      boolean name = !field.equals(BODY);
      forEachScore(fieldQuery(field, stem), (luceneDoc, score) -> {
        if (name) {
          weights.addNamed(numbers[luceneDoc], score);
        } else {
          weights.add(numbers[luceneDoc], score);
        }
      });
    }
    return weights.build();
  }

  /** A document that matched a query: its number (the order of the index), Lucene id, type and score. */
  record Hit(int number, int luceneDoc, DocType type, float score) {}

  /**
   * {@link #weights} of every stem at once: each scored field's terms and postings are read in one pass and scored
   * with the similarity, statistics and norms that Lucene's TermQuery scorer uses, so the numbers are the same
   * (BrowserIndexScoresTest holds them to the queries'); a query per stem and field cost the export most of its time.
   */
  Map<String, StemWeights> allWeights() {
    Map<String, StemWeights.Builder> builders = new java.util.concurrent.ConcurrentHashMap<>();
    SCORED_FIELDS.parallelStream().forEach(field -> {
      try {
        scoreField(field, builders);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<String, StemWeights> built = new java.util.concurrent.ConcurrentHashMap<>();
    builders.entrySet().parallelStream().forEach(e -> built.put(e.getKey(), e.getValue().build()));
    return new TreeMap<>(built);
  }

  private void scoreField(String field, Map<String, StemWeights.Builder> builders) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    boolean name = !field.equals(BODY);
    org.apache.lucene.search.CollectionStatistics collection = searcher.collectionStatistics(field);
    NumericDocValues norms = org.apache.lucene.index.MultiDocValues.getNormValues(reader, field);
    // Norms are read by document in increasing order per term; a fresh iterator per term keeps that order legal.
    long[] normByDoc = new long[reader.maxDoc()];
    java.util.Arrays.fill(normByDoc, 1L);
    if (norms != null) {
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        normByDoc[doc] = norms.longValue();
      }
    }
    TermsEnum e = terms.iterator();
    org.apache.lucene.index.PostingsEnum postings = null;
    for (BytesRef term = e.next(); term != null; term = e.next()) {
      String stem = term.utf8ToString();
      org.apache.lucene.search.TermStatistics stats = searcher.termStatistics(new Term(field, stem), e.docFreq(), e.totalTermFreq());
      org.apache.lucene.search.similarities.Similarity.SimScorer scorer =
          searcher.getSimilarity().scorer(BOOSTS.get(field), collection, stats);
      StemWeights.Builder builder = builders.computeIfAbsent(stem, k -> new StemWeights.Builder());
      postings = e.postings(postings, org.apache.lucene.index.PostingsEnum.FREQS);
      List<long[]> scored = new ArrayList<>();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        float score = scorer.score(postings.freq(), normByDoc[doc]);
        scored.add(new long[] {numbers[doc], Float.floatToRawIntBits(score)});
      }
      synchronized (builder) {
        for (long[] s : scored) {
          if (name) {
            builder.addNamed((int) s[0], Float.intBitsToFloat((int) s[1]));
          } else {
            builder.add((int) s[0], Float.intBitsToFloat((int) s[1]));
          }
        }
      }
    }
  }

  /** The numbers of the documents whose title or aliases hold the stem. */
  java.util.BitSet named(String stem) {
    java.util.BitSet named = new java.util.BitSet();
    for (String field : List.of(TITLE, ALIAS)) {
      forEachScore(new TermQuery(new Term(field, stem)), (luceneDoc, score) -> named.set(numbers[luceneDoc]));
    }
    return named;
  }

  /** Name key ({@link SearchQuery#nameKey}) -> numbers of the documents with such a name, from the stored fields. */
  Map<String, List<Integer>> names() {
    Map<String, List<Integer>> names = new java.util.HashMap<>();
    try {
      StoredFields fields = searcher.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String keys = fields.document(doc, Set.of("names")).get("names");
        if (keys != null) {
          for (String key : keys.split("\n")) {
            names.computeIfAbsent(key, k -> new ArrayList<>()).add(numbers[doc]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.values().forEach(Collections::sort);
    return names;
  }

  /** Hands every document matching {@code query} to {@code visitor}, scored, in no particular order. */
  void forEachHit(Query query, Consumer<Hit> visitor) {
    forEachScore(query, (luceneDoc, score) -> visitor.accept(new Hit(numbers[luceneDoc], luceneDoc, types[luceneDoc], score)));
  }

  /** A document's Lucene id with its score for a query. */
  private interface ScoreVisitor {
    void visit(int luceneDoc, float score);
  }

  private void forEachScore(Query query, ScoreVisitor visitor) {
    try {
      searcher.search(query, new SimpleCollector() {
        private Scorable scorer;
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
          docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          visitor.visit(docBase + doc, scorer.score());
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All stems of the scored fields, sorted. */
  public TreeSet<String> stems() {
    TreeSet<String> stems = new TreeSet<>();
    for (String field : SCORED_FIELDS) {
      forEachTerm(field, "", (term, df) -> stems.add(term));
    }
    return stems;
  }

  /** The unstemmed words with the number of documents each occurs in, sorted. */
  public Map<String, Integer> surfaces() {
    Map<String, Integer> surfaces = new TreeMap<>();
    forEachTerm(WORDS, "", surfaces::put);
    return surfaces;
  }

  /** Unstemmed words starting with {@code prefix}, with their document frequency, sorted. */
  public Map<String, Integer> surfacesStartingWith(String prefix) {
    Map<String, Integer> found = new LinkedHashMap<>();
    forEachTerm(WORDS, prefix, found::put);
    return found;
  }

  public int surfaceFrequency(String surface) {
    try {
      return reader.docFreq(new Term(WORDS, surface));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean hasStem(String stem) {
    try {
      for (String field : SCORED_FIELDS) {
        if (reader.docFreq(new Term(field, stem)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface TermVisitor {
    void visit(String term, int docFreq);
  }

  private void forEachTerm(String field, String prefix, TermVisitor visitor) {
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return;
      }
      TermsEnum e = terms.iterator();
      BytesRef start = new BytesRef(prefix);
      if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
        return;
      }
      do {
        String term = e.term().utf8ToString();
        if (!term.startsWith(prefix)) {
          return;
        }
        visitor.visit(term, e.docFreq());
      } while (e.next() != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stem the index uses for an unstemmed, folded word. */
  public String stem(String surface) {
    return stem(stemming, surface);
  }

  /** As {@link #stem(String)}, with {@code stemming} an instance of {@link SearchAnalyzers#stemming()}. */
  static String stem(Analyzer stemming, String surface) {
    List<String> tokens = analyze(stemming, surface);
    return tokens.isEmpty() ? surface : tokens.get(0);
  }

  /** Splits user input the way the index splits text, without stemming: lower case, folded, stop words dropped. */
  public static List<String> words(String input) {
    return analyze(SearchAnalyzers.surface(), input);
  }

  /** The terms {@code analyzer} makes of {@code text}. */
  public static List<String> analyze(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(WORDS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Display data of a document, by its Lucene id, from the stored fields. */
  StoredDoc stored(int luceneDoc, int number) {
    try {
      StoredFields fields = searcher.storedFields();
      Document d = fields.document(luceneDoc);
      String aliases = d.get("aliases");
      return new StoredDoc(number, DocType.fromKey(d.get("typeKey")).orElseThrow(), d.get("id"), d.get(TITLE),
          d.get("path"), d.get("snippet"), d.get("context"), aliases.isEmpty() ? List.of() : List.of(aliases.split("\n")), d.get("text"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a result shows: the stored fields of a document. */
  public record StoredDoc(int number, DocType type, String id, String title, String path, String snippet, String context,
      List<String> aliases, String text) {}

  IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
