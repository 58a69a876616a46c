package be.beroepencatalogus.search;

import java.util.Arrays;

/** The documents a stem occurs in, by ascending number, with the stem's weight in each: parallel arrays. */
public record StemWeights(int[] numbers, float[] weights) {

  public int size() {
    return numbers.length;
  }

  /**
   * Collects hits in any order. Primitive arrays because the export visits every stem of the catalogue, some
   * in most documents: boxed maps of those were a third of the export's time.
   */
  static final class Builder {
    // number << 32 | score bits: one primitive sort orders them by number.
    private long[] packed = new long[16];
    private int size;

    void add(int number, float weight) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = ((long) number << 32) | (Float.floatToRawIntBits(weight) & 0xffffffffL);
    }

    StemWeights build() {
      Arrays.sort(packed, 0, size);
      int[] numbers = new int[size];
      float[] weights = new float[size];
      for (int i = 0; i < size; i++) {
        numbers[i] = (int) (packed[i] >>> 32);
        weights[i] = Float.intBitsToFloat((int) packed[i]);
      }
      return new StemWeights(numbers, weights);
    }
  }
}
