package be.beroepencatalogus.plan;

import be.beroepencatalogus.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * PDFs kept between builds under the hash of everything they are made from (the plan's HTML, which holds
 * content and template, and the fonts), so a rebuild renders only plans whose inputs changed. A missing or
 * unwritable cache only costs time.
 *
 * <p>What comes from the cache is published, so an entry is used only when its bytes match the SHA-256 this
 * class recorded beside it ({@code <key>.sha256}) when it rendered them, and only when both are plain files:
 * a PDF dropped into the folder by hand, a truncated one or a symbolic link is rendered again. The folder
 * itself must not be tracked by git (CI refuses that), so a pull request cannot supply both files.
 */
public final class PlanPdfCache {
  private final Path dir;

  public PlanPdfCache(Path dir) {
    this.dir = dir;
  }

  public Optional<byte[]> get(String key) {
    Path pdf = dir.resolve(key + ".pdf");
    Path digest = dir.resolve(key + ".sha256");
    try {
      if (!Files.isRegularFile(pdf, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(digest, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(pdf);
      return Files.readString(digest, StandardCharsets.US_ASCII).strip().equals(Sha256.hex(bytes))
          ? Optional.of(bytes)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public void put(String key, byte[] pdf) {
    try {
      Files.createDirectories(dir);
      // The digest goes last: a PDF without its digest is never used, whichever write a crash interrupts.
      Files.deleteIfExists(dir.resolve(key + ".sha256"));
      replace(key + ".pdf", pdf);
      replace(key + ".sha256", (Sha256.hex(pdf) + "\n").getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      // Not fatal: the plan is in the site; the next build renders it again.
    }
  }

  private void replace(String name, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(dir, name, ".tmp");
    Files.write(temp, bytes);
    try {
      Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes cached PDFs (and their digests) that no current plan uses, so the cache holds one entry per plan. */
  public void retainOnly(Set<String> keys) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!keys.contains(name.replaceFirst("\\.(pdf|sha256)$", ""))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // Not fatal: stale entries only take disk space.
    }
  }
}
