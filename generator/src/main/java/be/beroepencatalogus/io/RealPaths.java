package be.beroepencatalogus.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths compared as the file system sees them: symbolic links in the part that exists are followed, so one folder has one name. */
public final class RealPaths {
  private RealPaths() {}

  /** The real path of the deepest existing ancestor of {@code path}, with the rest appended. */
  public static Path of(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }
}
