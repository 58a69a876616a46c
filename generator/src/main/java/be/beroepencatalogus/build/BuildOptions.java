package be.beroepencatalogus.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build: the content folder, the output folder, optionally a base URL overriding site.yaml's, and
 * the cache folder where rendered PDFs are kept between builds.
 */
public record BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl, Path cacheDir) {

  /** With the cache beside the output folder ({@code site} -> {@code .cache}). */
  public BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl) {
    this(contentDir, outDir, baseUrl, outDir.toAbsolutePath().normalize().resolveSibling(".cache"));
  }
}
