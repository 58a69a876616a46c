package be.beroepencatalogus.diff;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SourceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The content folder as it was at a git ref, read from the repository's objects (the work tree and the index
 * are not used) and written to a folder, so the loader reads it exactly as it reads the work tree.
 */
public final class ContentAtRef {
  private ContentAtRef() {}

  /** The commit a ref names (branch, tag, remote branch, HEAD~2, an id), or empty when there is none. */
  public static Optional<ObjectId> resolve(Repository repo, String ref) throws IOException {
    try {
      return Optional.ofNullable(repo.resolve(ref + "^{commit}"));
    } catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the files under {@code contentPath} (relative to the repository root, "" for all) at {@code commit}
   * into {@code target}, and returns how many. Symbolic links and submodules are skipped; so is any entry whose
   * name would lead outside {@code target}.
   */
  public static int materialise(Repository repo, ObjectId commit, String contentPath, Path target) throws IOException {
    int files = 0;
    String prefix = contentPath.isEmpty() ? "" : contentPath + "/";
    Path root = target.toAbsolutePath().normalize();
    try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
      RevCommit c = walk.parseCommit(commit);
      tree.addTree(c.getTree());
      tree.setRecursive(true);
      if (!contentPath.isEmpty()) {
        tree.setFilter(PathFilter.create(contentPath));
      }
      while (tree.next()) {
        FileMode mode = tree.getFileMode(0);
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
          continue;
        }
        String path = tree.getPathString();
        if (!path.startsWith(prefix)) {
          continue;
        }
        Path file = root.resolve(path.substring(prefix.length())).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          repo.open(tree.getObjectId(0)).copyTo(out);
        }
        files++;
      }
    }
    return files;
  }

  /**
   * Problems found in a materialised folder, with their paths written as git writes a file at a ref
   * ({@code origin/main:content/beroepen/kok.md}) instead of the temporary folder's.
   */
  public static List<Problem> relabel(List<Problem> problems, Path materialised, String ref, String contentPath) {
    Path absolute = materialised.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    List<String> prefixes = absolute.startsWith(cwd)
        ? List.of(slashes(absolute), slashes(cwd.relativize(absolute)))
        : List.of(slashes(absolute));
    String label = ref + ":" + (contentPath.isEmpty() ? "" : contentPath + "/");
    return problems.stream().map(p -> {
      String path = p.source().path();
      for (String prefix : prefixes) {
        if (path.equals(prefix) || path.startsWith(prefix + "/")) {
          String rest = path.length() > prefix.length() ? path.substring(prefix.length() + 1) : "";
          String relabelled = rest.isEmpty() ? ref + ":" + contentPath : label + rest;
          return new Problem(p.severity(), new SourceRef(relabelled, p.source().line(), p.source().column()), p.message(), p.hint());
        }
      }
      return p;
    }).toList();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
