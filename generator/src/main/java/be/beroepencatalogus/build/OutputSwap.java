package be.beroepencatalogus.build;

import be.beroepencatalogus.io.FileTrees;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Builds a new output folder beside the old one and swaps it in only when the whole build succeeded, so
 * a failing build (or a crash) never leaves a half-written site. Only a folder the build made itself is
 * replaced ({@link OutputGuard}), one build at a time ({@link OutputLock}); the leftovers of a build that
 * was killed are removed by the next one.
 */
final class OutputSwap {
  private final Path target;
  private final OutputGuard guard;

  OutputSwap(Path target, Path contentDir) {
    this.target = target.toAbsolutePath().normalize();
    this.guard = new OutputGuard(contentDir);
  }

  interface Writer<T> {
    T write(Path dir) throws IOException;
  }

  <T> T replaceWith(Writer<T> writer) throws IOException {
    guard.check(target);
    Path parent = target.getParent();
    Files.createDirectories(parent);
    try (OutputLock lock = OutputLock.take(target)) {
      removeLeftovers();
      Path fresh = Files.createTempDirectory(parent, newPrefix(), readableByAll());
      T result;
      try {
        Files.writeString(fresh.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        result = writer.write(fresh);
      } catch (IOException | RuntimeException | Error e) {
        FileTrees.delete(fresh);
        throw e;
      }
      Path old = oldFolder();
      FileTrees.delete(old);
      if (Files.exists(target)) {
        move(target, old);
      }
      move(fresh, target);
      FileTrees.delete(old);
      return result;
    }
  }

  private String newPrefix() {
    return "." + target.getFileName() + ".new-";
  }

  private Path oldFolder() {
    return target.resolveSibling("." + target.getFileName() + ".old");
  }

  /**
   * Removes what builds killed mid-way left beside the target: folders named as this class names them, and
   * only when they hold a site (the marker, or the index.html of builds before it) or nothing at all.
   * Runs under the lock, so no live build is writing them.
   */
  private void removeLeftovers() throws IOException {
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      for (Path sibling : siblings.toList()) {
        String name = sibling.getFileName().toString();
        boolean ours = name.startsWith(newPrefix()) || sibling.equals(oldFolder());
        if (ours && Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS) && holdsSiteOrNothing(sibling)) {
          FileTrees.delete(sibling);
        }
      }
    }
  }

  private static boolean holdsSiteOrNothing(Path dir) throws IOException {
    if (Files.exists(dir.resolve(OutputGuard.MARKER)) || Files.exists(dir.resolve("index.html"))) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** rwxr-xr-x: a temporary folder is private by default, but the site is served and published. */
  private static FileAttribute<?>[] readableByAll() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))}
        : new FileAttribute<?>[0];
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
