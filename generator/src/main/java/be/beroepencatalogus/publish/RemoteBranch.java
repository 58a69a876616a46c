package be.beroepencatalogus.publish;

import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.SubmoduleConfig.FetchRecurseSubmodulesMode;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * The branch as the remote has it now: fetched before publishing, so the new commit can extend it and the push is
 * a fast-forward, instead of a local commit that the remote refuses.
 */
final class RemoteBranch {
  private RemoteBranch() {}

  /**
   * Fetches {@code branch} from {@code remote} (a remote's name, a path or a URL) and returns its tip, whose commits
   * are then in the local object store; empty when the remote has no such branch. For a named remote, the
   * remote-tracking branch is updated as {@code git fetch} would.
   */
  static Optional<ObjectId> fetch(Repository repo, String remote, String branch) {
    String ref = Constants.R_HEADS + branch;
    Git git = Git.wrap(repo);
    try {
      // A fetch of a branch the remote lacks is an error in JGit; a first publish is not.
      boolean exists = git.lsRemote().setRemote(remote).setHeads(true).call().stream().map(Ref::getName).anyMatch(ref::equals);
      if (!exists) {
        return Optional.empty();
      }
      RefSpec spec = repo.getRemoteNames().contains(remote)
          ? new RefSpec("+" + ref + ":" + Constants.R_REMOTES + remote + "/" + branch)
          : new RefSpec(ref);
      FetchResult result = git.fetch().setRemote(remote).setRefSpecs(List.of(spec)).setTagOpt(TagOpt.NO_TAGS)
          .setRecurseSubmodules(FetchRecurseSubmodulesMode.NO).call();
      Ref fetched = result.getAdvertisedRef(ref);
      if (fetched == null || fetched.getObjectId() == null) {
        throw new PublishException("fetch from " + remote + " failed: it no longer has " + branch + "; publish again");
      }
      return Optional.of(fetched.getObjectId());
    } catch (InvalidRemoteException e) {
      throw new PublishException("no remote '" + remote + "': give a remote's name, a path or a URL", e);
    } catch (GitAPIException | JGitInternalException e) {
      throw new PublishException("fetch of " + branch + " from " + remote + " failed: " + SitePublisher.oneLine(e.getMessage()), e);
    }
  }
}
