package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The export's statistics (computed without a Lucene index) answer as the Lucene index the CLI keeps on disk. */
class SearchIndexTest {
  @ParameterizedTest(name = "compounds split: {0}")
  @ValueSource(booleans = {true, false})
  void theExportIndexKnowsTheSameWordsStemsAndWeightsAsTheIndexOnDisk(boolean compounds) throws IOException {
    List<SearchDoc> docs = new SearchDocs().of(new SiteBuilder().check(SearchEngineTest.CONTENT).catalogue());
    ExportIndex export = ExportIndex.build(docs, compounds);
    try (SearchIndex disk = SearchIndex.build(docs, new ByteBuffersDirectory(), compounds)) {
      assertTrue(disk.surfaces().size() > 500, "the seed uses hundreds of words");
      assertEquals(disk.surfaces(), export.surfaces());
      assertTrue(export.surfaces().get("klanten") > 3);
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
