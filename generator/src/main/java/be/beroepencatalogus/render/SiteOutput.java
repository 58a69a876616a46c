package be.beroepencatalogus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The folder a build writes into. Site paths ending in {@code /} become {@code index.html} files, so URLs
 * stay clean on any static host. Safe to use from several threads.
 */
public final class SiteOutput {
  private final Path root;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger files = new AtomicInteger();

  public SiteOutput(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** Writes an HTML page at a site path such as {@code /beroepen/x/} or {@code /404.html}. */
  public void writePage(String sitePath, byte[] html) {
    write(sitePath.endsWith("/") ? sitePath + "index.html" : sitePath, html);
    pages.incrementAndGet();
  }

  public void write(String sitePath, String text) {
    write(sitePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String sitePath, byte[] bytes) {
    Path file = resolve(sitePath);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    files.incrementAndGet();
  }

  private Path resolve(String sitePath) {
    Path file = root.resolve(sitePath.substring(1)).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("site path outside the output folder: " + sitePath);
    }
    return file;
  }

  public int pageCount() {
    return pages.get();
  }

  public int fileCount() {
    return files.get();
  }
}
