package be.beroepencatalogus.search;

import java.util.Arrays;

/**
 * The documents a stem occurs in, by ascending number, with the stem's weight in each and whether it is in the
 * document's names (title or aliases): parallel arrays.
 */
public record StemWeights(int[] numbers, float[] weights, boolean[] named) {

  public StemWeights(int[] numbers, float[] weights) {
    this(numbers, weights, new boolean[numbers.length]);
  }

  public int size() {
    return numbers.length;
  }

  /**
   * Collects the scores of a stem's query clauses, hits in any order, and sums each document's as Lucene's
   * disjunctions sum their clauses' scores: in double, rounded to float once. Primitive arrays because the export
   * visits every stem of the catalogue, some in most documents: boxed maps of those were a third of its time.
   */
  static final class Builder {
    // number << 32 | score bits: one primitive sort groups them by number (scores are positive, so their bits sort).
    private long[] packed = new long[16];
    private int size;
    private final java.util.BitSet named = new java.util.BitSet();

    /** A clause's score in a name field (title or aliases). */
    void addNamed(int number, float score) {
      named.set(number);
      add(number, score);
    }

    void add(int number, float score) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = ((long) number << 32) | (Float.floatToRawIntBits(score) & 0xffffffffL);
    }

    StemWeights build() {
      Arrays.sort(packed, 0, size);
      int[] numbers = new int[size];
      float[] weights = new float[size];
      int documents = 0;
      for (int i = 0; i < size;) {
        int number = (int) (packed[i] >>> 32);
        double sum = 0;
        for (; i < size && (int) (packed[i] >>> 32) == number; i++) {
          sum += Float.intBitsToFloat((int) packed[i]);
        }
        numbers[documents] = number;
        weights[documents++] = (float) sum;
      }
      boolean[] inNames = new boolean[documents];
      for (int d = 0; d < documents; d++) {
        inNames[d] = named.get(numbers[d]);
      }
      return new StemWeights(Arrays.copyOf(numbers, documents), Arrays.copyOf(weights, documents), inNames);
    }
  }
}
