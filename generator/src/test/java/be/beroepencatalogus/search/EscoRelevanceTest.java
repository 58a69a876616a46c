package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.EscoDemo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ESCO relevance suite (230 queries derived from ESCO's labels) on the ESCO demo catalogue, through the CLI's engine. */
class EscoRelevanceTest {
  @TempDir Path dir;

  @Test
  void theEscoSuiteFindsTheOccupationFirst() throws Exception {
    CheckResult check = new SiteBuilder().check(EscoDemo.writeTo(dir));
    assertTrue(!check.hasErrors(), check.problems().toString());
    List<RelevanceSuite.Case> cases = EscoSuite.suite();
    List<Integer> ranks = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    try (SearchIndex index = SearchIndex.build(new SearchDocs().of(check.catalogue()), new ByteBuffersDirectory())) {
      SearchEngine engine = new SearchEngine(index);
      for (RelevanceSuite.Case c : cases) {
        List<String> top = engine.search(c.query(), 10, Optional.empty()).hits().stream().map(h -> h.doc().path()).toList();
        int rank = top.indexOf(c.expected()) + 1;
        ranks.add(rank);
        if (rank != 1) {
          misses.add(c.kind() + " \"" + c.query() + "\": rank " + rank + ", first " + (top.isEmpty() ? "nothing" : top.get(0)));
        }
      }
    }
    String report = EscoSuite.report(cases, ranks) + String.join("\n", misses);
    System.out.println("ESCO suite, CLI:\n" + report);
    long top1 = ranks.stream().filter(r -> r == 1).count();
    long top3 = ranks.stream().filter(r -> r >= 1 && r <= 3).count();
    assertTrue(cases.size() >= 200, "at least 200 queries");
    // Measured 228 of 230 first and 229 in the top 3 when this was written (issue 17's targets: 97% and 100%).
    assertTrue(top1 >= 228 && top3 >= 229, report);
  }
}
