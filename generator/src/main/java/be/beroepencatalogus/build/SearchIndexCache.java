package be.beroepencatalogus.build;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.search.SearchDocs;
import be.beroepencatalogus.search.SearchIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a content folder kept on disk for {@code catalog search}, rebuilt only when a content
 * file changed (a SHA-256 over every file's path and bytes decides).
 */
public final class SearchIndexCache {
  /** Bump when the index layout or analysis changes, so old caches are rebuilt. */
  private static final String FORMAT = "search-index-2";

  private final Path cacheDir;
  private final SiteBuilder builder;

  public SearchIndexCache(Path cacheDir, SiteBuilder builder) {
    this.cacheDir = cacheDir;
    this.builder = builder;
  }

  /** The index for the content, or the content's problems when it has errors. */
  public sealed interface Outcome permits Ready, Invalid {}

  public record Ready(SearchIndex index, boolean rebuilt) implements Outcome {}

  public record Invalid(CheckResult check) implements Outcome {}

  public Outcome open(Path contentDir) throws IOException {
    String hash = hash(contentDir);
    Path stamp = cacheDir.resolve("content.sha256");
    Path indexDir = cacheDir.resolve("index");
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(hash) && Files.isDirectory(indexDir)) {
      return new Ready(SearchIndex.open(FSDirectory.open(indexDir)), false);
    }
    CheckResult check = builder.check(contentDir);
    if (check.hasErrors()) {
      return new Invalid(check);
    }
    Files.createDirectories(cacheDir);
    Files.deleteIfExists(stamp);
    FileTrees.delete(indexDir);
    SearchIndex.build(new SearchDocs().of(check.catalogue()), FSDirectory.open(indexDir)).close();
    Files.writeString(stamp, hash);
    return new Ready(SearchIndex.open(FSDirectory.open(indexDir)), true);
  }

  static String hash(Path contentDir) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
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
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
