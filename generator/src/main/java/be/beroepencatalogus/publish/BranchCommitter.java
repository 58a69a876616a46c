package be.beroepencatalogus.publish;

import be.beroepencatalogus.build.OutputFolders;
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
 * <p>History is only extended: the new commit descends from the branch's tip and from the remote's, and the ref
 * moves only if it still points where it did. A tree equal to the parent's makes no commit (JGit would happily
 * make an empty one).
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
   * Writes {@code siteDir} as the tree of {@code refs/heads/<branch>}, on top of the branch's tip and of
   * {@code remoteTip}, the remote's copy of it as just fetched (see {@link #parents}). A {@code CNAME} or
   * {@code .nojekyll} in the first parent's tree is kept; {@code .nojekyll} is always present; {@code cname}, when
   * given, is written as {@code CNAME} in place of any other.
   */
  Outcome commit(String branch, Optional<ObjectId> remoteTip, Path siteDir, Optional<String> cname, String message)
      throws IOException {
    Optional<ObjectId> tip = localTip(branch);
    try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
      List<RevCommit> parents = parents(walk, tip, remoteTip);
      RevCommit first = parents.isEmpty() ? null : parents.get(0);
      Map<String, ObjectId> files = files(siteDir, first, cname, inserter);
      ObjectId tree = writeTree(files, inserter);
      PersonIdent me = new PersonIdent(repo);
      if (parents.size() == 1 && first.getTree().getId().equals(tree)) {
        if (!tip.equals(Optional.of(first.getId()))) {
          // the remote already holds this site: catch up with it rather than commit the same tree again
          moveBranch(branch, tip.orElse(ObjectId.zeroId()), first, me, "publish: fast-forward to the remote's " + branch);
        }
        return new Outcome(false, first.getId(), files.size());
      }
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      commit.setParentIds(parents);
      commit.setAuthor(me);
      commit.setCommitter(me);
      commit.setEncoding(StandardCharsets.UTF_8);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      moveBranch(branch, tip.orElse(ObjectId.zeroId()), id, me, "publish: " + message.lines().findFirst().orElse(""));
      return new Outcome(true, id, files.size());
    }
  }

  /**
   * The new commit's parents: the newer of the local and the remote tip when one contains the other, so that
   * the push is a fast-forward; when both moved on (a local publish never pushed, and another one pushed), both,
   * the remote's first, so that nothing is dropped and neither ref has to be forced.
   */
  static List<RevCommit> parents(RevWalk walk, Optional<ObjectId> local, Optional<ObjectId> remote) throws IOException {
    if (remote.isEmpty()) {
      return local.isEmpty() ? List.of() : List.of(walk.parseCommit(local.get()));
    }
    RevCommit theirs = walk.parseCommit(remote.get());
    if (local.isEmpty()) {
      return List.of(theirs);
    }
    RevCommit mine = walk.parseCommit(local.get());
    if (walk.isMergedInto(theirs, mine)) {
      return List.of(mine);
    }
    if (walk.isMergedInto(mine, theirs)) {
      return List.of(theirs);
    }
    return List.of(theirs, mine);
  }

  /** The site's files as blobs, plus GitHub Pages' files (see {@link #commit}). */
  private Map<String, ObjectId> files(Path siteDir, RevCommit parent, Optional<String> cname, ObjectInserter inserter) throws IOException {
    Map<String, ObjectId> files = new TreeMap<>();
    for (Path file : filesIn(siteDir)) {
      try (InputStream in = Files.newInputStream(file)) {
        files.put(siteDir.relativize(file).toString().replace('\\', '/'), inserter.insert(Constants.OBJ_BLOB, Files.size(file), in));
      }
    }
    keepOrAdd(files, NOJEKYLL, parent, Optional.of(inserter.insert(Constants.OBJ_BLOB, new byte[0])));
    if (cname.isPresent()) {
      files.put(CNAME, inserter.insert(Constants.OBJ_BLOB, (cname.get() + "\n").getBytes(StandardCharsets.UTF_8)));
    } else {
      keepOrAdd(files, CNAME, parent, Optional.empty());
    }
    return files;
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
  private void moveBranch(String branch, ObjectId expected, ObjectId commit, PersonIdent me, String reflog) throws IOException {
    RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
    update.setExpectedOldObjectId(expected);
    update.setNewObjectId(commit);
    update.setRefLogIdent(me);
    update.setRefLogMessage(reflog, false);
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
      return walk.filter(Files::isRegularFile).filter(f -> !f.equals(dir.resolve(OutputFolders.MARKER))).sorted().toList();
    }
  }
}
