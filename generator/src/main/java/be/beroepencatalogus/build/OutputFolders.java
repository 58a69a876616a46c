package be.beroepencatalogus.build;

import be.beroepencatalogus.io.FileTrees;
import java.nio.file.Path;

/** Generated folders, for callers outside the build stage (publishing, serve's private output). */
public final class OutputFolders {
  /** The file by which a build recognises a site it made; not part of the site itself, so never published. */
  public static final String MARKER = OutputGuard.MARKER;

  private OutputFolders() {}

  /** Deletes the folder and everything in it; a failure only leaves files behind in a temporary folder. */
  public static void deleteQuietly(Path dir) {
    FileTrees.deleteQuietly(dir);
  }
}
