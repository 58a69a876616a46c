package be.beroepencatalogus.build;

import java.nio.file.Path;
import java.util.Optional;

/** What to build: the content folder, the output folder, and optionally a base URL overriding site.yaml's. */
public record BuildOptions(Path contentDir, Path outDir, Optional<String> baseUrl) {
  public static BuildOptions defaults() {
    return new BuildOptions(Path.of("content"), Path.of("site"), Optional.empty());
  }
}
