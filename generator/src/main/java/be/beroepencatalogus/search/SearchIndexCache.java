package be.beroepencatalogus.search;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.io.Sha256;
import be.beroepencatalogus.model.Catalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a content folder kept on disk for {@code catalog search}, rebuilt only when a content
 * file changed (a SHA-256 over every file's path and bytes decides).
 */
public final class SearchIndexCache {
  /** Bump when the index layout or analysis changes, so old caches are rebuilt. */
  private static final String FORMAT = "search-index-3";

  private final Path cacheDir;

  public SearchIndexCache(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /**
   * The index of the content: the cached one when no content file changed since it was made, else one made of the
   * catalogue {@code load} gives for the folder. {@code load} is the caller's, so that it reports the content's
   * problems its own way; it returns empty when the content has errors, and so does this.
   */
  public Optional<SearchIndex> open(Path contentDir, Function<Path, Optional<Catalogue>> load) throws IOException {
    String hash = hash(contentDir);
    Path stamp = cacheDir.resolve("content.sha256");
    Path indexDir = cacheDir.resolve("index");
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(hash) && Files.isDirectory(indexDir)) {
      return Optional.of(SearchIndex.open(FSDirectory.open(indexDir)));
    }
    Optional<Catalogue> catalogue = load.apply(contentDir);
    if (catalogue.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(cacheDir);
    Files.deleteIfExists(stamp);
    FileTrees.delete(indexDir);
    SearchIndex.build(new SearchDocs().of(catalogue.get()), FSDirectory.open(indexDir)).close();
    Files.writeString(stamp, hash);
    return Optional.of(SearchIndex.open(FSDirectory.open(indexDir)));
  }

  static String hash(Path contentDir) throws IOException {
    try {
      MessageDigest digest = Sha256.digest();
      digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
      List<Path> files;
      try (Stream<Path> walk = Files.walk(contentDir)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        digest.update(contentDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
