package be.beroepencatalogus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The folder a build writes into. Site paths ending in {@code /} become {@code index.html} files, so URLs
 * stay clean on any static host. Safe to use from several threads.
 */
public final class SiteOutput {
  /** Takes each file: its site path (a page's ending in {@code index.html}) and its bytes. */
  private final BiConsumer<String, byte[]> store;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger files = new AtomicInteger();

  public SiteOutput(Path root) {
    this.store = (sitePath, bytes) -> writeFile(root, sitePath, bytes);
  }

  private SiteOutput(BiConsumer<String, byte[]> store) {
    this.store = store;
  }

  /** An output that hands each file to {@code sink} instead of writing it: serve renders the page asked for so. */
  public static SiteOutput to(BiConsumer<String, byte[]> sink) {
    return new SiteOutput(sink);
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
    store.accept(sitePath, bytes);
    files.incrementAndGet();
  }

  private static void writeFile(Path root, String sitePath, byte[] bytes) {
    Path file = root.resolve(sitePath.substring(1)).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("site path outside the output folder: " + sitePath);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public int pageCount() {
    return pages.get();
  }

  public int fileCount() {
    return files.get();
  }
}
