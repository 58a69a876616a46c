package be.beroepencatalogus.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Commits the files of a folder as the whole tree of a branch, straight into the object database: no work tree,
 * no index, no checkout, so the user's files, staging area and current branch are never touched.
 *
 * <p>History is only extended: the new commit's parent is the branch's tip, and the ref moves only if it still
 * points there. A tree equal to the parent's makes no commit (JGit would happily make an empty one).
 */
final class BranchCommitter {
  /** Files of the branch that are not part of the site but configure GitHub Pages: kept when present. */
  static final String CNAME = "CNAME";
  static final String NOJEKYLL = ".nojekyll";

  record Outcome(boolean changed, ObjectId commit, int files) {}

  private final Repository repo;

  BranchCommitter(Repository repo) {
    this.repo = repo;
  }

  /**
   * Writes {@code siteDir} as the tree of {@code refs/heads/<branch>}. The parent is the branch's tip; for a
   * branch that does not exist here yet, {@code startingPoint} (such as the remote's copy of it), or none. A
   * {@code CNAME} or {@code .nojekyll} in the parent's tree is kept; {@code .nojekyll} is always present;
   * {@code cnameHost}, when given, is written as {@code CNAME} if the parent has none.
   */
  Outcome commit(String branch, Optional<ObjectId> startingPoint, Path siteDir, Optional<String> cnameHost, String message)
      throws IOException {
    Optional<ObjectId> tip = localTip(branch);
    Optional<ObjectId> parent = tip.isPresent() ? tip : startingPoint;
    try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
      RevCommit parentCommit = parent.isPresent() ? walk.parseCommit(parent.get()) : null;
      Map<String, ObjectId> files = new TreeMap<>();
      for (Path file : filesIn(siteDir)) {
        try (InputStream in = Files.newInputStream(file)) {
          files.put(siteDir.relativize(file).toString().replace('\\', '/'), inserter.insert(Constants.OBJ_BLOB, Files.size(file), in));
        }
      }
      keepOrAdd(files, NOJEKYLL, parentCommit, Optional.of(inserter.insert(Constants.OBJ_BLOB, new byte[0])));
      Optional<ObjectId> cname = cnameHost.isPresent()
          ? Optional.of(inserter.insert(Constants.OBJ_BLOB, (cnameHost.get() + "\n").getBytes(StandardCharsets.UTF_8)))
          : Optional.empty();
      keepOrAdd(files, CNAME, parentCommit, cname);

      ObjectId tree = writeTree(files, inserter);
      if (parentCommit != null && parentCommit.getTree().getId().equals(tree)) {
        return new Outcome(false, parentCommit.getId(), files.size());
      }
      PersonIdent me = new PersonIdent(repo);
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      if (parentCommit != null) {
        commit.setParentId(parentCommit);
      }
      commit.setAuthor(me);
      commit.setCommitter(me);
      commit.setEncoding(StandardCharsets.UTF_8);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      moveBranch(branch, tip.orElse(ObjectId.zeroId()), id, me, message);
      return new Outcome(true, id, files.size());
    }
  }

  /** The site's own file wins; else the parent's; else {@code fallback}. */
  private void keepOrAdd(Map<String, ObjectId> files, String name, RevCommit parent, Optional<ObjectId> fallback)
      throws IOException {
    if (files.containsKey(name)) {
      return;
    }
    if (parent != null) {
      try (TreeWalk existing = TreeWalk.forPath(repo, name, parent.getTree())) {
        if (existing != null && existing.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
          files.put(name, existing.getObjectId(0));
          return;
        }
      }
    }
    fallback.ifPresent(id -> files.put(name, id));
  }

  private static ObjectId writeTree(Map<String, ObjectId> files, ObjectInserter inserter) throws IOException {
    DirCache index = DirCache.newInCore();
    DirCacheBuilder builder = index.builder();
    files.forEach((path, blob) -> {
      DirCacheEntry entry = new DirCacheEntry(path);
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(blob);
      builder.add(entry);
    });
    builder.finish();
    return index.writeTree(inserter);
  }

  /** Moves the branch from {@code expected} (zero: it must not exist) to {@code commit}, never forcing. */
  private void moveBranch(String branch, ObjectId expected, ObjectId commit, PersonIdent me, String message) throws IOException {
    RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
    update.setExpectedOldObjectId(expected);
    update.setNewObjectId(commit);
    update.setRefLogIdent(me);
    update.setRefLogMessage("publish: " + message.lines().findFirst().orElse(""), false);
    RefUpdate.Result result = update.update();
    switch (result) {
      case NEW, FAST_FORWARD -> { }
      case LOCK_FAILURE -> throw new PublishException("the branch " + branch + " changed while publishing; run publish again");
      default -> throw new PublishException("could not move the branch " + branch + " to the new commit (" + result + ")");
    }
  }

  Optional<ObjectId> localTip(String branch) throws IOException {
    Ref ref = repo.exactRef(Constants.R_HEADS + branch);
    return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId());
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
