package be.beroepencatalogus.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the content folder, the output folder, optionally a base URL overriding site.yaml's, the
 * cache folder where rendered PDFs are kept between builds, and whether to make the PDF plans at all (a
 * preview without them builds in a fraction of the time).
 */
public record BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl, Path cacheDir, PdfMode pdfs) {

  public BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl, Path cacheDir) {
    this(contentDir, outDir, baseUrl, cacheDir, PdfMode.RENDER);
  }

  /** With the cache beside the output folder ({@code site} -> {@code .cache}). */
  public BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl) {
    this(contentDir, outDir, baseUrl, outDir.toAbsolutePath().normalize().resolveSibling(".cache"));
  }
}
