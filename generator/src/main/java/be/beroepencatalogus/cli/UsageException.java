package be.beroepencatalogus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** A command was asked for something it cannot do as given (a missing folder, say): exit code 2, one line. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }

  /** Throws unless {@code dir} is an existing folder; {@code option} names where it came from. */
  static void requireFolder(Path dir, String option) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException((Files.exists(dir) ? "not a folder: " : "no such folder: ") + dir
          + " (" + option + ")");
    }
  }
}
