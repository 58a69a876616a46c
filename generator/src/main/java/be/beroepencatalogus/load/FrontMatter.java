package be.beroepencatalogus.load;

import java.util.Optional;

/**
 * A Markdown file split at its {@code ---} fences. Line numbers are 1-based lines of the whole file, so
 * positions found inside either part can be reported in the author's file.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Empty when the file does not start with a {@code ---} line or the closing fence is missing. */
  static Optional<FrontMatter> split(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String fence = lines[i].strip();
      if (fence.equals("---") || fence.equals("...")) {
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
      }
    }
    return Optional.empty();
  }
}
