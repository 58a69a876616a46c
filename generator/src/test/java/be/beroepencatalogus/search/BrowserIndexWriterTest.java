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
}
