package be.beroepencatalogus.load;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Markdown file split at its {@code ---} fences. Line numbers are 1-based lines of the whole file, so
 * positions found inside either part can be reported in the author's file.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Empty when the file does not start with a {@code ---} line or the closing fence is missing. */
  static Optional<FrontMatter> split(String text) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals("---")) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String fence = lines[i].strip();
      if (fence.equals("---") || fence.equals("...")) {
        return Optional.of(new FrontMatter(join(lines, 1, i), 2, join(lines, i + 1, lines.length), i + 2));
      }
    }
    return Optional.empty();
  }

  /** Lines {@code from} (inclusive) to {@code to} (exclusive) of {@code lines}, joined with {@code \n}. */
  static String join(String[] lines, int from, int to) {
    return String.join("\n", Arrays.asList(lines).subList(from, Math.max(from, to)));
  }
}
