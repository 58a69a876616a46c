package be.beroepencatalogus.plan;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PDFs kept between builds under the hash of everything they are made from (the plan's HTML, which holds
 * content and template, and the fonts), so a rebuild renders only plans whose inputs changed. A missing or
 * unwritable cache only costs time.
 */
public final class PlanPdfCache {
  private final Path dir;

  public PlanPdfCache(Path dir) {
    this.dir = dir;
  }

  public Optional<byte[]> get(String key) {
    Path file = dir.resolve(key + ".pdf");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public void put(String key, byte[] pdf) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, key, ".tmp");
      Files.write(temp, pdf);
      try {
        Files.move(temp, dir.resolve(key + ".pdf"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, dir.resolve(key + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // Not fatal: the plan is in the site; the next build renders it again.
    }
  }

  /** Removes cached PDFs that no current plan uses, so the cache holds one entry per plan. */
  public void retainOnly(Set<String> keys) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!keys.contains(name.replaceFirst("\\.pdf$", ""))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // Not fatal: stale entries only take disk space.
    }
  }
}
