package be.beroepencatalogus.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Copying and deleting a folder with everything in it; symbolic links inside are never followed. */
public final class FileTrees {
  private FileTrees() {}

  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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

  /** As {@link #delete}, for temporary folders: what cannot be deleted is left to the system's temp cleaner. */
  public static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (IOException | RuntimeException e) {
      // best effort
    }
  }

  /** Copies the regular files under {@code from} (a symbolic link is left out) into {@code to}, which is created. */
  public static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile()) {
          Files.copy(file, to.resolve(from.relativize(file).toString()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
