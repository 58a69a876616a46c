package be.beroepencatalogus.esco;

import be.beroepencatalogus.search.SearchAnalyzers;
import be.beroepencatalogus.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds the ESCO occupations whose labels match a text, with the catalogue's own Dutch analysis
 * ({@link SearchAnalyzers#stemming()}: {@code koks} finds {@code kok}). An in-memory Lucene index holds one document per
 * label, preferred and alternative; Lucene finds the labels sharing a stem with the text, and each gets a score from 0
 * to 1: the overlap of the text's stems and the label's, each stem weighted by how rare it is among the labels (a
 * weighted Dice coefficient), so that "medewerker" matters less than "callcenter". 1.00 is kept for a label equal to
 * the text (case, accents, spaces and punctuation aside); other labels score at most 0.99.
 */
public final class EscoMatcher implements AutoCloseable {
  /** Labels Lucene hands over per text before they are scored. */
  private static final int RETRIEVED = 200;
  private static final double BELOW_EXACT = 0.99;
  private static final String STEMS = "stems";
  private static final String LABEL = "label";

  private final EscoList list;
  private final Analyzer stemming = SearchAnalyzers.stemming();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  /** Per label number: its occupation, its text and its stems. */
  private final List<EscoOccupation> occupationOf = new ArrayList<>();
  private final List<String> labelText = new ArrayList<>();
  private final List<Set<String>> labelStems = new ArrayList<>();
  private final Map<String, Double> weights = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A candidate occupation: the label that matched best, its score (0-1), whether that label equals the text, and
   * which of the texts asked for it matched ({@code text}: 0 for the first).
   */
  public record Candidate(EscoOccupation occupation, String label, double score, boolean exact, int text) {
    /** The score as shown: two decimals, such as {@code 0.87}. */
    public String shownScore() {
      return String.format(java.util.Locale.ROOT, "%.2f", score);
    }
  }

  public EscoMatcher(EscoList list) {
    this.list = list;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (EscoOccupation occupation : list.occupations()) {
        for (String label : occupation.labels()) {
          Set<String> stems = stems(label);
          Document doc = new Document();
          doc.add(new TextField(STEMS, String.join(" ", stems), Field.Store.NO));
          doc.add(new StoredField(LABEL, labelText.size()));
          writer.addDocument(doc);
          occupationOf.add(occupation);
          labelText.add(label);
          labelStems.add(stems);
        }
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory directory does not fail
    }
  }

  /** The occupations one of whose labels equals {@code text} (case, accents, spaces and punctuation aside). */
  public List<EscoOccupation> exact(String text) {
    return list.withLabel(text);
  }

  /**
   * The best {@code limit} occupations for any of {@code texts} (a title and its aliases, say): exact label matches
   * first (of the first text before those of later ones), then by score, then by preferred label and URI, so that the
   * order is the same on every run.
   */
  public List<Candidate> candidates(List<String> texts, int limit) {
    Map<EscoOccupation, Candidate> best = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      String key = EscoLabels.key(text);
      for (EscoOccupation occupation : list.withLabel(text)) {
        String label = occupation.labels().stream().filter(l -> EscoLabels.key(l).equals(key)).findFirst().orElse(occupation.preferredLabel());
        keepBetter(best, new Candidate(occupation, label, 1.0, true, i));
      }
      Set<String> query = stems(text);
      for (ScoreDoc hit : search(query)) {
        int label = labelNumber(hit.doc);
        double score = Math.min(BELOW_EXACT, dice(query, labelStems.get(label)));
        if (score > 0) {
          keepBetter(best, new Candidate(occupationOf.get(label), labelText.get(label), score, false, i));
        }
      }
    }
    return best.values().stream().sorted(ORDER).limit(limit).toList();
  }

  private static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> !c.exact())
      .thenComparingInt(c -> c.exact() ? c.text() : 0)
      .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
      .thenComparing(c -> c.occupation().preferredLabel())
      .thenComparing(c -> c.occupation().uri());

  private static void keepBetter(Map<EscoOccupation, Candidate> best, Candidate candidate) {
    best.merge(candidate.occupation(), candidate, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
  }

  private ScoreDoc[] search(Set<String> stems) {
    if (stems.isEmpty()) {
      return new ScoreDoc[0];
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    stems.forEach(stem -> query.add(new TermQuery(new Term(STEMS, stem)), BooleanClause.Occur.SHOULD));
    try {
      return searcher.search(query.build(), RETRIEVED).scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int labelNumber(int doc) {
    try {
      StoredFields stored = searcher.storedFields();
      return stored.document(doc).getField(LABEL).numericValue().intValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Twice the weight of the shared stems over the weight of both sets: 1 for the same stems, 0 for none shared. */
  private double dice(Set<String> a, Set<String> b) {
    double shared = 0;
    double total = 0;
    for (String stem : a) {
      total += weight(stem);
      if (b.contains(stem)) {
        shared += 2 * weight(stem);
      }
    }
    for (String stem : b) {
      total += weight(stem);
    }
    return total == 0 ? 0 : shared / total;
  }

  /** How rare a stem is among the labels (an inverse document frequency); a stem no label has counts as rarest. */
  private double weight(String stem) {
    return weights.computeIfAbsent(stem, s -> {
      try {
        int frequency = Math.max(1, reader.docFreq(new Term(STEMS, s)));
        return Math.log(1 + (double) reader.numDocs() / frequency);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Set<String> stems(String text) {
    return new LinkedHashSet<>(SearchIndex.analyze(stemming, text));
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
