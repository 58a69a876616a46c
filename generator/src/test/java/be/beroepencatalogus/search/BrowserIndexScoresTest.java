package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.SiteOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser ranks as {@code catalog search} does: every weight in the exported files (the build's path) is the
 * score the CLI's Lucene index (the cached one on disk) gives the stem's one-term query in that document.
 */
class BrowserIndexScoresTest {
  @TempDir Path dir;

  @Test
  void everyExportedWeightIsTheClisScoreOfTheStemsQuery() throws IOException {
    Catalogue catalogue = new SiteBuilder().check(SearchEngineTest.CONTENT).catalogue();
    List<SearchDoc> docs = new SearchDocs().of(catalogue);
    new BrowserIndexWriter().write(docs, new Messages("nl"), new SiteOutput(dir.resolve("site")));
    Map<String, String> postings = new TreeMap<>();
    Map<String, Integer> surfaces = new TreeMap<>();
    readParts(dir.resolve("site/zoeken/index"), postings, surfaces);

    try (SearchIndex cli = new SearchIndexCache(dir.resolve("cache")).open(SearchEngineTest.CONTENT, content -> Optional.of(catalogue)).orElseThrow()) {
      assertEquals(cli.surfaces(), surfaces);
      assertEquals(cli.stems(), postings.keySet());
      assertTrue(postings.size() > 500, "the seed has hundreds of stems");
      int checked = 0;
      for (Map.Entry<String, String> stem : postings.entrySet()) {
        Map<Integer, Float> scores = new HashMap<>();
        cli.forEachHit(SearchIndex.stemQuery(stem.getKey()), hit -> scores.put(hit.number(), hit.score()));
        Map<Integer, Integer> exported = decode(stem.getValue());
        assertEquals(scores.keySet(), exported.keySet(), stem.getKey());
        java.util.BitSet named = cli.named(stem.getKey());
        for (Map.Entry<Integer, Float> score : scores.entrySet()) {
          int value = exported.get(score.getKey());
          assertEquals(BrowserIndexWriter.scaled(score.getValue()), value >> 1, stem.getKey() + " in " + score.getKey());
          assertEquals(named.get(score.getKey()), (value & 1) == 1, "name bit of " + stem.getKey() + " in " + score.getKey());
          checked++;
        }
        // The unrounded weights too: the export sums the per-field scores exactly as Lucene's disjunction does.
        StemWeights weights = cli.weights(stem.getKey());
        for (int i = 0; i < weights.size(); i++) {
          assertEquals(scores.get(weights.numbers()[i]), weights.weights()[i], stem.getKey() + " in " + weights.numbers()[i]);
        }
      }
      assertTrue(checked > 1_000, "postings checked: " + checked);
    }
  }

  /** The stems' encoded postings (p/) and the words' document frequencies (w/) of the gzipped export. */
  private static void readParts(Path root, Map<String, String> postings, Map<String, Integer> surfaces) throws IOException {
    for (Map.Entry<String, JsonNode> e : read(root.resolve("p")).entrySet()) {
      postings.put(e.getKey(), e.getValue().asText());
    }
    for (Map.Entry<String, JsonNode> e : read(root.resolve("w")).entrySet()) {
      surfaces.put(e.getKey(), e.getValue().get(1).asInt());
    }
  }

  /** Every entry of the gzipped JSON objects in a folder. */
  static Map<String, JsonNode> read(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> entries = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
          for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(in).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.put(e.getKey(), e.getValue());
          }
        }
      }
    }
    return entries;
  }

  /** Document number -> scaled weight, decoded as theme/assets/search.js decodes them. */
  private static Map<Integer, Integer> decode(String encoded) {
    String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    Map<Integer, Integer> postings = new HashMap<>();
    int[] at = {0};
    java.util.function.IntSupplier next = () -> {
      int value = 0;
      int shift = 0;
      for (;;) {
        int digit = digits.indexOf(encoded.charAt(at[0]++));
        value += (digit & 31) << shift;
        if (digit < 32) {
          return value;
        }
        shift += 5;
      }
    };
    int number = 0;
    while (at[0] < encoded.length()) {
      number += next.getAsInt();
      postings.put(number, next.getAsInt());
    }
    return postings;
  }
}
