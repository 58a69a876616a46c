package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The index the site's export builds (words counted, nothing stored) answers as the one the CLI keeps on disk. */
class SearchIndexTest {
  @Test
  void theExportIndexKnowsTheSameWordsStemsAndWeightsAsTheIndexOnDisk() throws IOException {
    List<SearchDoc> docs = new SearchDocs().of(new SiteBuilder().check(SearchEngineTest.CONTENT).catalogue());
    try (SearchIndex disk = SearchIndex.build(docs, new ByteBuffersDirectory());
        SearchIndex export = SearchIndex.buildForExport(docs, new ByteBuffersDirectory())) {
      assertTrue(disk.surfaces().size() > 500, "the seed uses hundreds of words");
      assertEquals(disk.surfaces(), export.surfaces());
      for (String prefix : List.of("k", "klant", "tele", "z", "zzz")) {
        assertEquals(List.copyOf(disk.surfacesStartingWith(prefix).entrySet()), List.copyOf(export.surfacesStartingWith(prefix).entrySet()), prefix);
      }
      assertTrue(export.surfaceFrequency("klanten") > 3);
      assertEquals(disk.surfaceFrequency("klanten"), export.surfaceFrequency("klanten"));
      assertEquals(0, export.surfaceFrequency("zzz"));
      assertEquals(disk.stems(), export.stems());
      for (String stem : disk.stems()) {
        StemWeights a = disk.weights(stem);
        StemWeights b = export.weights(stem);
        assertArrayEquals(a.numbers(), b.numbers(), stem);
        assertArrayEquals(a.weights(), b.weights(), stem);
      }
    }
  }
}
