package be.beroepencatalogus.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Builds a new output folder beside the old one and swaps it in only when the whole build succeeded, so
 * a failing build (or a crash) never leaves a half-written site. Refuses to replace a folder that does not
 * look like a built site, so a mistyped {@code --out} cannot delete someone's files.
 */
final class OutputSwap {
  private final Path target;

  OutputSwap(Path target) {
    this.target = target.toAbsolutePath().normalize();
  }

  interface Writer<T> {
    T write(Path dir) throws IOException;
  }

  <T> T replaceWith(Writer<T> writer) throws IOException {
    if (Files.exists(target) && !looksLikeSite(target)) {
      throw new UnsafeOutputException(target);
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    T result;
    try {
      result = writer.write(fresh);
    } catch (IOException | RuntimeException | Error e) {
      deleteTree(fresh);
      throw e;
    }
    Path old = parent.resolve("." + target.getFileName() + ".old");
    deleteTree(old);
    if (Files.exists(target)) {
      move(target, old);
    }
    move(fresh, target);
    deleteTree(old);
    return result;
  }

  private static boolean looksLikeSite(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty() || Files.exists(dir.resolve("index.html"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** The output folder exists and holds something other than a built site. */
  static final class UnsafeOutputException extends IOException {
    UnsafeOutputException(Path dir) {
      super("refusing to replace " + dir + ": it is not empty and holds no index.html, so it does not look like a built site");
    }
  }
}
