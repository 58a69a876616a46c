package be.beroepencatalogus.build;

import be.beroepencatalogus.io.RealPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace an output folder. The build replaces a folder as a whole, so a wrong
 * {@code --out} would delete everything in it: only a folder that does not exist yet, an empty one, or one
 * the build itself made (it holds the {@link #MARKER} file) may be replaced, and never one that is or holds
 * the content folder, the working directory, the user's home or a git work tree.
 */
final class OutputGuard {
  /** Written into every site the build makes; its presence is what allows the next build to replace the folder. */
  static final String MARKER = ".beroepencatalogus-site";
  static final String MARKER_TEXT = "This folder was made by 'catalog build'; the next build replaces all of it.\n";

  private final Path contentDir;
  private final Path workingDir;
  private final Path home;

  OutputGuard(Path contentDir) {
    this(contentDir, Path.of(""), Path.of(System.getProperty("user.home", "/")));
  }

  OutputGuard(Path contentDir, Path workingDir, Path home) {
    this.contentDir = contentDir;
    this.workingDir = workingDir;
    this.home = home;
  }

  /** Throws when replacing {@code target} could destroy what the build did not write. */
  void check(Path target) throws IOException {
    Path real = RealPaths.of(target);
    List<Protected> places = protectedPlaces();
    for (Protected place : places) {
      if (place.path().equals(real)) {
        throw refusal(target, "it is " + place.what());
      }
    }
    for (Protected place : places) {
      if (place.path().startsWith(real)) {
        throw refusal(target, "it holds " + place.what() + " (" + place.path() + ")");
      }
    }
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw refusal(target, "it is a file, not a folder");
    }
    if (Files.exists(target.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      throw refusal(target, "it is a git work tree");
    }
    if (!Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(target)) {
      throw refusal(target, "it was not made by 'catalog build' (it has no " + MARKER + " file); "
          + "choose another --out, or delete the folder yourself if it is an old site");
    }
  }

  private record Protected(Path path, String what) {}

  private List<Protected> protectedPlaces() throws IOException {
    List<Protected> places = new ArrayList<>();
    Path content = RealPaths.of(contentDir);
    places.add(new Protected(content, "the content folder"));
    gitWorkTreeOf(content).ifPresent(tree -> places.add(new Protected(tree, "the git work tree of the content")));
    places.add(new Protected(RealPaths.of(workingDir), "the working directory"));
    places.add(new Protected(RealPaths.of(home), "your home folder"));
    return places;
  }

  /** The nearest folder at or above {@code dir} that holds {@code .git}. */
  private static Optional<Path> gitWorkTreeOf(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static OutputRefusedException refusal(Path target, String why) {
    return new OutputRefusedException("refusing to replace " + target + ": " + why);
  }
}
