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
}
