package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.search.EscoSuite;
import be.beroepencatalogus.testing.EscoDemo;
import be.beroepencatalogus.search.RelevanceSuite;
import be.beroepencatalogus.search.SearchDocs;
import be.beroepencatalogus.search.SearchEngine;
import be.beroepencatalogus.search.SearchIndex;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Search on the ESCO demo catalogue (3,007 occupations) in the browser: the ESCO relevance suite, the same ranking as
 * the CLI's engine for every query of it, and what a query costs a browser that has nothing cached.
 */
class EscoSearchIT extends BrowserTest {
  static final long BUDGET = 150 * 1024;
  static Path escoDir;
  static SiteUnderTest esco;
  static Path escoOut;
  static SearchIndex index;
  static SearchEngine engine;

  @BeforeAll
  static void buildEsco() throws Exception {
    escoDir = Files.createTempDirectory("esco-it");
    Path content = EscoDemo.writeTo(escoDir);
    escoOut = escoDir.resolve("site");
    esco = SiteUnderTest.build(content, escoOut);
    index = SearchIndex.build(new SearchDocs().of(new SiteBuilder().check(content).catalogue()), new ByteBuffersDirectory());
    engine = new SearchEngine(index);
  }

  @AfterAll
  static void stopEsco() throws IOException {
    if (index != null) {
      index.close();
    }
    if (esco != null) {
      esco.close();
    }
    if (escoDir != null) {
      be.beroepencatalogus.io.FileTrees.delete(escoDir);
    }
  }

  private List<String> browserTop(String query, int n) {
    return esco.searchTop(browser, query, n);
  }

  @Test
  void theEscoSuiteRanksInTheBrowserAsInTheCli() {
    List<RelevanceSuite.Case> cases = EscoSuite.suite();
    List<Integer> ranks = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    List<String> differences = new ArrayList<>();
    for (RelevanceSuite.Case c : cases) {
      List<String> top = browserTop(c.query(), 10);
      int rank = top.indexOf(c.expected()) + 1;
      ranks.add(rank);
      if (rank != 1) {
        misses.add(c.kind() + " \"" + c.query() + "\": rank " + rank + ", first " + (top.isEmpty() ? "nothing" : top.get(0)));
      }
      List<SearchEngine.Hit> cli = engine.search(c.query(), 50, Optional.empty()).hits();
      Map<String, Float> scores = new HashMap<>();
      cli.forEach(h -> scores.put(h.doc().path(), h.score()));
      List<String> cliTop = cli.stream().limit(5).map(h -> h.doc().path()).toList();
      List<String> browser5 = top.stream().limit(5).toList();
      // Weights travel rounded to 1/1000, so pages whose scores tie that closely may swap places.
      for (int i = 0; i < Math.max(browser5.size(), cliTop.size()); i++) {
        boolean same = i < browser5.size() && i < cliTop.size() && (browser5.get(i).equals(cliTop.get(i))
            || Math.abs(scores.getOrDefault(browser5.get(i), -1f) - cli.get(i).score()) < 0.005f);
        if (!same) {
          differences.add(c.query() + ": browser " + browser5 + " vs CLI " + cliTop);
          break;
        }
      }
    }
    String report = EscoSuite.report(cases, ranks) + String.join("\n", misses);
    System.out.println("ESCO suite, browser:\n" + report);
    assertEquals(List.of(), differences);
    long top1 = ranks.stream().filter(r -> r == 1).count();
    long top3 = ranks.stream().filter(r -> r >= 1 && r <= 3).count();
    assertTrue(top1 >= 228 && top3 >= 229, report);
  }

  @Test
  void aQueryCostsACleanBrowserAtMost150KibOfSearchData() throws IOException {
    Map<String, Long> costs = new HashMap<>();
    for (String query : List.of("klachten", "klacten", "elektromonteur generatoren", "otisseur", "machinist zwaar materieel",
        "ve", "verpleegkundige", "xyzzyq")) {
      browser.open(esco.url("/zoeken/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
      SiteUnderTest.awaitSearch(browser);
      @SuppressWarnings("unchecked")
      List<String> urls = (List<String>) browser.script(
          "return performance.getEntriesByType('resource').map((r) => r.name)");
      Set<String> paths = new LinkedHashSet<>();
      for (String url : urls) {
        String path = URI.create(url).getPath();
        if (path.startsWith("/zoeken/index/") || path.equals("/assets/search.js")) {
          paths.add(path);
        }
      }
      long bytes = 0;
      for (String path : paths) {
        bytes += Files.size(escoOut.resolve(path.substring(1)));
      }
      assertTrue(paths.contains("/zoeken/index/meta.json"), query + ": " + paths);
      costs.put(query, bytes);
    }
    System.out.println("ESCO search data per cold query (bytes, raw): " + costs);
    assertTrue(costs.values().stream().allMatch(b -> b <= BUDGET), costs.toString());
  }

  @Test
  void theExportIsAtMostPagefindsSizeForTheSameOccupations() throws IOException {
    long bytes;
    try (var files = Files.walk(escoOut.resolve("zoeken/index"))) {
      bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum();
    }
    System.out.println("ESCO search export: " + bytes + " bytes");
    // Pagefind 1.6.0 indexes the same occupations into 2.5 MB (bench/search, bench/RESULTS.md).
    assertTrue(bytes <= 2_500_000, bytes + " bytes");
  }
}
