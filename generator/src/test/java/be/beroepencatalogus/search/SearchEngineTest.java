package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search on the bundled catalogue through the same engine as {@code catalog search}. */
class SearchEngineTest {
  static final Path CONTENT = be.beroepencatalogus.testing.FrozenSeed.CATALOGUE;
  static SearchIndex index;
  static SearchEngine engine;

  @BeforeAll
  static void buildIndex() throws IOException {
    Catalogue catalogue = new SiteBuilder().check(CONTENT).catalogue();
    index = SearchIndex.build(new SearchDocs().of(catalogue), new ByteBuffersDirectory());
    engine = new SearchEngine(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private List<String> top(String query, int n) {
    return engine.search(query, n, Optional.empty()).hits().stream().map(h -> h.doc().path()).toList();
  }

  @Test
  void theRelevanceSuitePassesOnTheCli() {
    List<RelevanceSuite.Case> cases = RelevanceSuite.cases();
    List<String> misses = new ArrayList<>();
    for (RelevanceSuite.Case c : cases) {
      List<String> top = top(c.query(), 3);
      if (!top.contains(c.expected())) {
        misses.add(c + ": expected " + c.expected() + ", got " + top);
      }
    }
    String report = RelevanceSuite.report(misses, cases.size());
    System.out.println("CLI relevance: " + report);
    assertTrue(cases.size() >= 30, "the suite needs at least 30 queries");
    assertTrue(misses.size() <= cases.size() * (1 - RelevanceSuite.REQUIRED), report);
  }

  /** How many expected pages are in the top 3, and the mean reciprocal rank of the expected page in the top 10. */
  record Quality(int top3, double mrr) {}

  static Quality measure(SearchEngine engine) {
    double mrr = 0;
    int top3 = 0;
    for (RelevanceSuite.Case c : RelevanceSuite.cases()) {
      List<String> top = engine.search(c.query(), 10, Optional.empty()).hits().stream().map(h -> h.doc().path()).toList();
      int rank = top.indexOf(c.expected()) + 1;
      mrr += rank == 0 ? 0 : 1.0 / rank;
      top3 += rank >= 1 && rank <= 3 ? 1 : 0;
    }
    return new Quality(top3, mrr / RelevanceSuite.cases().size());
  }

  @Test
  void splittingCompoundsRanksBetterThanKeepingThemWhole() throws IOException {
    // SearchIndex.COMPOUNDS is on because of this comparison; if content changes turn it around, revisit it.
    Catalogue catalogue = new SiteBuilder().check(CONTENT).catalogue();
    Quality whole;
    Quality split;
    try (SearchIndex i = SearchIndex.build(new SearchDocs().of(catalogue), new ByteBuffersDirectory(), false)) {
      whole = measure(new SearchEngine(i));
    }
    try (SearchIndex i = SearchIndex.build(new SearchDocs().of(catalogue), new ByteBuffersDirectory(), true)) {
      split = measure(new SearchEngine(i));
    }
    System.out.printf("compounds kept whole: %s; split: %s%n", whole, split);
    assertTrue(SearchIndex.COMPOUNDS);
    assertTrue(split.top3() >= whole.top3() && split.mrr() > whole.mrr(), "whole " + whole + ", split " + split);
  }

  @Test
  void dutchStemmingAndAccentFoldingFindOtherFormsOfAWord() {
    assertEquals(top("klacht", 5), top("klachten", 5));
    assertEquals(top("potentiele", 5), top("potentiële", 5));
    assertTrue(top("noodoproep", 1).get(0).endsWith("#analyseert-noodoproepen"));
  }

  @Test
  void titlesWeighMoreThanBodyText() {
    // "assertief" is the title of a key skill and appears in the body of a skill.
    List<SearchEngine.Hit> hits = engine.search("assertief", 5, Optional.empty()).hits();
    assertEquals("/sleutelvaardigheden/assertief-zijn/", hits.get(0).doc().path());
    assertTrue(hits.get(0).score() > hits.get(1).score());
  }

  @Test
  void everyWordMustMatchAndTheLastWordIsAPrefix() {
    SearchEngine.Response response = engine.search("typologie kla", 10, Optional.empty());
    assertEquals("/competenties/klant-informeren-en-adviseren/#kennis-van-typologie-van-klanten-of-consumenten", response.hits().get(0).doc().path());
    assertTrue(engine.search("typologie noodoproep", 10, Optional.empty()).partial());
  }

  @Test
  void aOneEditTypoIsCorrectedWhenNothingMatches() {
    SearchEngine.Response response = engine.search("verkoopsvoorwarden", 3, Optional.empty());
    assertEquals("verkoopsvoorwaarden", response.corrected());
    assertEquals("/competenties/klant-informeren-en-adviseren/#informeert-over-verkoopsvoorwaarden", response.hits().get(0).doc().path());
    assertNull(engine.search("verkoopsvoorwaarden", 3, Optional.empty()).corrected());
    assertEquals(0, engine.search("xyzzyq", 3, Optional.empty()).total(), "no correction for a word with no neighbour");
  }

  @Test
  void resultsCanBeFilteredByTypeAndCountsCoverAllTypes() {
    SearchEngine.Response all = engine.search("klanten", 50, Optional.empty());
    SearchEngine.Response skills = engine.search("klanten", 50, Optional.of(DocType.SKILL));

    assertTrue(skills.hits().stream().allMatch(h -> h.doc().type() == DocType.SKILL));
    assertEquals(all.counts().get(DocType.SKILL), skills.hits().size());
    assertEquals(all.total(), all.counts().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  void stopWordsAloneFindNothing() {
    assertEquals(0, engine.search("de het een", 10, Optional.empty()).total());
  }

  @Test
  void theExportedPostingsDecodeToLucenesWeights() {
    StemWeights weights = index.weights("klacht");
    String encoded = BrowserIndexWriter.encode(weights);
    List<int[]> decoded = decode(encoded);

    assertTrue(weights.size() > 3, "klacht occurs in several seed pages");
    assertEquals(weights.size(), decoded.size());
    for (int i = 0; i < weights.size(); i++) {
      assertEquals(weights.numbers()[i], decoded.get(i)[0]);
      assertEquals(Math.round(weights.weights()[i] * 1000), decoded.get(i)[1]);
    }
  }

  /** The decoder of search.js, in Java. */
  private static List<int[]> decode(String encoded) {
    String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    List<int[]> postings = new ArrayList<>();
    int[] pos = {0};
    java.util.function.IntSupplier next = () -> {
      int value = 0;
      int shift = 0;
      for (;;) {
        int digit = digits.indexOf(encoded.charAt(pos[0]++));
        value += (digit & 31) << shift;
        if (digit < 32) {
          return value;
        }
        shift += 5;
      }
    };
    int number = 0;
    while (pos[0] < encoded.length()) {
      number += next.getAsInt();
      postings.add(new int[] {number, next.getAsInt()});
    }
    return postings;
  }
}
