package be.beroepencatalogus.publish;

import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** A throwaway git repository with a content folder committed on main, made and inspected with JGit. */
public final class TestRepo implements AutoCloseable {
  private static final PersonIdent AUTHOR = new PersonIdent("Auteur", "auteur@example.org");

  private final Path dir;
  private final Git git;

  private TestRepo(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** A repository in {@code dir} with {@code .gitignore} (.cache/, site/) and the minimal fixture catalogue, committed. */
  public static TestRepo withMinimalContent(Path dir) {
    TestRepo repo = init(dir);
    FixtureSite.minimal(repo.content());
    repo.commitAll("Catalogus");
    return repo;
  }

  public static TestRepo init(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(".gitignore"), ".cache/\nsite/\n");
      return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Repository initBare(Path dir) {
    try {
      return Git.init().setBare(true).setDirectory(dir.toFile()).setInitialBranch("main").call().getRepository();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public static TestRepo cloneOf(Path remote, Path dir) {
    try {
      return new TestRepo(dir, Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(dir.toFile()).setBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks {@code branch} out in a linked worktree at {@code worktree}, laid out as {@code git worktree add
   * --no-checkout} does (JGit cannot add worktrees): only git's bookkeeping, no files.
   */
  public Path addWorktree(String name, Path worktree, String branch) {
    try {
      Path admin = repo().getDirectory().toPath().resolve("worktrees").resolve(name);
      Files.createDirectories(admin);
      Files.createDirectories(worktree);
      Files.writeString(admin.resolve("HEAD"), "ref: " + Constants.R_HEADS + branch + "\n");
      Files.writeString(admin.resolve("commondir"), "../..\n");
      Files.writeString(admin.resolve("gitdir"), worktree.resolve(".git").toAbsolutePath() + "\n");
      Files.writeString(worktree.resolve(".git"), "gitdir: " + admin.toAbsolutePath() + "\n");
      return worktree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  public Path content() {
    return dir.resolve("content");
  }

  /** Writes (or overwrites) a file of the work tree. */
  public TestRepo write(String relativePath, String text) {
    try {
      Path file = dir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestRepo delete(String relativePath) {
    try {
      Files.delete(dir.resolve(relativePath));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Repository repo() {
    return git.getRepository();
  }

  public Git git() {
    return git;
  }

  public RevCommit commitAll(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<ObjectId> tip(String branch) {
    return tip(repo(), branch);
  }

  public static Optional<ObjectId> tip(Repository repo, String branch) {
    try {
      Ref ref = repo.exactRef(Constants.R_HEADS + branch);
      return ref == null ? Optional.empty() : Optional.of(ref.getObjectId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public RevCommit commit(String rev) {
    try (RevWalk walk = new RevWalk(repo())) {
      return walk.parseCommit(repo().resolve(rev));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file path in the tree of {@code rev}, sorted. */
  public Map<String, ObjectId> files(String rev) {
    Map<String, ObjectId> files = new TreeMap<>();
    try (TreeWalk walk = new TreeWalk(repo())) {
      walk.addTree(commit(rev).getTree());
      walk.setRecursive(true);
      while (walk.next()) {
        files.put(walk.getPathString(), walk.getObjectId(0));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String read(String rev, String path) {
    try (TreeWalk walk = TreeWalk.forPath(repo(), path, commit(rev).getTree())) {
      if (walk == null) {
        throw new AssertionError(path + " is not in " + rev);
      }
      return new String(repo().open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the user sees and owns: HEAD (symbolic name and commit), the index file's bytes, and every file of the
   * work tree outside .git and the ignored build cache, with its content.
   */
  public Map<String, String> snapshot() {
    Map<String, String> state = new TreeMap<>();
    try {
      Ref head = repo().exactRef(Constants.HEAD);
      state.put("HEAD", head.getTarget().getName() + " " + ObjectId.toString(head.getObjectId()));
      Path index = repo().getDirectory().toPath().resolve("index");
      state.put(".git/index", Files.exists(index) ? ObjectId.toString(ObjectId.fromRaw(sha1(Files.readAllBytes(index)))) : "none");
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          String rel = dir.relativize(p).toString().replace('\\', '/');
          if (!rel.startsWith(".git/") && !rel.startsWith(".cache/")) {
            state.put(rel, Files.readString(p, StandardCharsets.ISO_8859_1));
          }
        }
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha1(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
