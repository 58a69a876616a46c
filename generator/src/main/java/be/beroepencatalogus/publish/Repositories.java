package be.beroepencatalogus.publish;

import be.beroepencatalogus.io.RealPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Finding the repository a folder belongs to, paths inside its work tree, and what a build is made from. */
public final class Repositories {
  private Repositories() {}

  /** The repository that {@code dir} is in (or above), with a work tree. */
  public static Repository open(Path dir) {
    Path start = dir.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      throw PublishException.usage("repository folder not found: " + dir + " (pass --repo DIR)");
    }
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
    if (builder.getGitDir() == null) {
      throw PublishException.usage("not in a git repository: " + dir + " (run it inside a clone, or pass --repo DIR)");
    }
    try {
      Repository repo = builder.setMustExist(true).build();
      if (repo.isBare()) {
        repo.close();
        throw PublishException.usage("the repository at " + dir + " has no work tree (use a clone, not a bare repository)");
      }
      return repo;
    } catch (IOException e) {
      throw new PublishException("cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** {@code path} relative to the work tree, with forward slashes ({@code "content"}); "" for the work tree itself. */
  public static String pathInWorkTree(Repository repo, Path path) {
    Path root = real(repo.getWorkTree().toPath());
    Path target = real(path);
    if (!target.startsWith(root)) {
      throw new PublishException(path + " is not inside the repository at " + repo.getWorkTree()
          + " (pass --content DIR inside it, or --repo DIR)");
    }
    return root.relativize(target).toString().replace('\\', '/');
  }

  /** Follows symbolic links for the part of the path that exists, so /tmp and /private/tmp compare equal. */
  private static Path real(Path path) {
    try {
      return RealPaths.of(path);
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }


  /** A short, unique abbreviation of an object id, at least 7 hex digits. */
  public static String shortId(Repository repo, ObjectId id) {
    try (var reader = repo.newObjectReader()) {
      return reader.abbreviate(id, 7).name();
    } catch (IOException e) {
      return id.abbreviate(7).name();
    }
  }

  /**
   * What a build from this work tree is made of: HEAD's short id, and "(with uncommitted changes)" when tracked
   * files differ from HEAD or the content folder holds untracked files (as {@code git describe --dirty}, plus the
   * untracked content that would be published). Reads the index; never writes it.
   */
  public static String describeSource(Repository repo, String contentPath) {
    try {
      ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
      Status status = Git.wrap(repo).status().call();
      String prefix = contentPath.isEmpty() ? "" : contentPath + "/";
      boolean dirty = status.hasUncommittedChanges() || status.getUntracked().stream().anyMatch(p -> p.startsWith(prefix));
      String source = head == null ? "no commit yet" : shortId(repo, head);
      return dirty ? source + " (with uncommitted changes)" : source;
    } catch (IOException | GitAPIException e) {
      throw new PublishException("cannot read the state of the work tree: " + e.getMessage(), e);
    }
  }
}
