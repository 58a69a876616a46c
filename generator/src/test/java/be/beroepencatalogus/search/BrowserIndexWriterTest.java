package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserIndexWriterTest {
  private static StemWeights weights(int[] numbers, float... weights) {
    return new StemWeights(numbers, weights);
  }

  @Test
  void weightsAreSortedByNumberWhateverTheOrderOfTheHitsAndEachDocumentsClauseScoresAreSummed() {
    StemWeights.Builder builder = new StemWeights.Builder();
    for (int n : new int[] {40, 3, 17, 0, 25, 8, 99, 1, 64, 33, 12, 5, 77, 21, 2, 50, 13}) {
      builder.add(n, n / 10f);
    }
    // Document 17 also matches in a second and third field: its weight is the sum, as Lucene's disjunction makes it.
    builder.add(17, 0.25f);
    builder.add(17, 3.0f);
    StemWeights w = builder.build();

    assertEquals(17, w.size());
    for (int i = 0; i < w.size(); i++) {
      float expected = w.numbers()[i] == 17 ? (float) (1.7f + 0.25 + 3.0) : w.numbers()[i] / 10f;
      assertEquals(expected, w.weights()[i]);
      if (i > 0) {
        assertEquals(true, w.numbers()[i - 1] < w.numbers()[i]);
      }
    }
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void theSameCatalogueGivesTheSameBytes() throws Exception {
    var catalogue = new be.beroepencatalogus.build.SiteBuilder().check(SearchEngineTest.CONTENT).catalogue();
    for (String name : List.of("a", "b")) {
      new BrowserIndexWriter().write(new SearchDocs().of(catalogue), new be.beroepencatalogus.render.Messages("nl"),
          new be.beroepencatalogus.render.SiteOutput(dir.resolve(name)));
    }
    java.util.Map<String, byte[]> a = files(dir.resolve("a"));
    java.util.Map<String, byte[]> b = files(dir.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    assertEquals(true, a.size() > 20, "files: " + a.size());
    for (String path : a.keySet()) {
      assertEquals(true, java.util.Arrays.equals(a.get(path), b.get(path)), path);
    }
  }

  private static java.util.Map<String, byte[]> files(java.nio.file.Path root) throws java.io.IOException {
    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    try (var walk = java.nio.file.Files.walk(root)) {
      for (java.nio.file.Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), java.nio.file.Files.readAllBytes(p));
      }
    }
    return files;
  }
}
