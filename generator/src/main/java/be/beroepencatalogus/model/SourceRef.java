package be.beroepencatalogus.model;

/** A position in a content file: the path as the author knows it (relative to the content folder), 1-based line and column. */
public record SourceRef(String path, int line, int column) {

  public static SourceRef file(String path) {
    return new SourceRef(path, 1, 1);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
