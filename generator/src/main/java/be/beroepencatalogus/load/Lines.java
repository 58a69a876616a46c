package be.beroepencatalogus.load;

/**
 * A text's lines ({@code \n}-separated) by offset: whole-line slices are substrings of the text, so a file
 * is not split into a String per line and joined again.
 */
final class Lines {
  private final String text;
  private final int[] starts;

  Lines(String text) {
    this.text = text;
    int count = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    starts = new int[count];
    int line = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      starts[line++] = at + 1;
    }
  }

  /** As {@code text.split("\n", -1).length}. */
  int count() {
    return starts.length;
  }

  String line(int index) {
    return text.substring(starts[index], end(index));
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive) joined with {@code \n}; empty when {@code to <= from}. */
  String slice(int from, int to) {
    return to <= from ? "" : text.substring(starts[from], end(to - 1));
  }

  private int end(int index) {
    return index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
  }
}
