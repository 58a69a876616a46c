package be.beroepencatalogus.build;

import java.io.IOException;
import java.nio.file.Path;

/** Removing a generated folder, for callers outside the build stage (serve's private output). */
public final class OutputFolders {
  private OutputFolders() {}

  /** Deletes the folder and everything in it; a failure only leaves files behind in a temporary folder. */
  public static void deleteQuietly(Path dir) {
    try {
      OutputSwap.deleteTree(dir);
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
