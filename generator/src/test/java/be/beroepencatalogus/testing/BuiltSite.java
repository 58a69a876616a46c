package be.beroepencatalogus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads a built site in tests: pages parsed with jsoup, and every file's bytes for byte-for-byte comparisons. */
public record BuiltSite(Path root) {

  /** The page at a site path such as {@code /beroepen/kok/}. */
  public Document page(String sitePath) {
    Path file = root.resolve(sitePath.substring(1) + (sitePath.endsWith("/") ? "index.html" : ""));
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "https://example.org" + sitePath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text(String sitePath) {
    try {
      return Files.readString(root.resolve(sitePath.substring(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Relative path to bytes of every file, sorted. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
