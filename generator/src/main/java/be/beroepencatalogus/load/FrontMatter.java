package be.beroepencatalogus.load;

import java.util.Optional;

/**
 * A Markdown file split at its {@code ---} fences. Line numbers are 1-based lines of the whole file, so
 * positions found inside either part can be reported in the author's file.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Empty when the file does not start with a {@code ---} line or the closing fence is missing. */
  static Optional<FrontMatter> split(String text) {
    Lines lines = new Lines(text);
    if (!lines.line(0).strip().equals("---")) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.count(); i++) {
      String fence = lines.line(i).strip();
      if (fence.equals("---") || fence.equals("...")) {
        return Optional.of(new FrontMatter(lines.slice(1, i), 2, lines.slice(i + 1, lines.count()), i + 2));
      }
    }
    return Optional.empty();
  }
}
