package be.beroepencatalogus.importer;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.importer.ImportChanges.NewFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an import's files all or none: each is written to a temporary file beside its place first, then all are
 * moved into place, none over an existing file; when any step fails, what was already moved is removed again.
 */
final class ImportWriter {
  private ImportWriter() {}

  static void write(Path contentDir, List<NewFile> files) throws IOException {
    List<Path> createdDirs = new ArrayList<>();
    List<Path[]> staged = new ArrayList<>();
    List<Path> placed = new ArrayList<>();
    try {
      for (NewFile file : files) {
        Path target = resolve(contentDir, file.path());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException(file.path() + " already exists; an import never replaces a file");
        }
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
          for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            createdDirs.add(0, p);
          }
          Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".import");
        staged.add(new Path[] {temp, target});
        Files.writeString(temp, file.text(), StandardCharsets.UTF_8);
      }
      for (Path[] move : staged) {
        Files.move(move[0], move[1]);
        placed.add(move[1]);
      }
    } catch (IOException | RuntimeException e) {
      for (Path[] move : staged) {
        Files.deleteIfExists(move[0]);
      }
      for (Path p : placed) {
        Files.deleteIfExists(p);
      }
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        deleteIfEmpty(createdDirs.get(i));
      }
      throw e;
    }
  }

  private static Path resolve(Path contentDir, String path) throws IOException {
    Path target = contentDir.resolve(path).normalize();
    if (!target.startsWith(contentDir.normalize())) {
      throw new IOException(path + " is outside the content folder");
    }
    return target;
  }

  private static void deleteIfEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        Files.delete(dir);
      }
    }
  }

  /** A copy of the content folder with the import's files added, for checking before anything is written. */
  static Path preview(Path contentDir, List<NewFile> files, Path into) throws IOException {
    FileTrees.copy(contentDir.toAbsolutePath().normalize(), into);
    for (NewFile file : files) {
      Path target = resolve(into, file.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.text(), StandardCharsets.UTF_8);
    }
    return into;
  }
}
