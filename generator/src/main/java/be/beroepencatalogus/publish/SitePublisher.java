package be.beroepencatalogus.publish;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Publishes the catalogue to a branch (GitHub Pages' {@code gh-pages}): checks and builds the content into a
 * temporary folder, fetches the remote's copy of the branch when there is a remote, commits the built site on top
 * of both without touching the work tree, the index or the current branch, and pushes it, fast-forward only.
 */
public final class SitePublisher {
  /**
   * What to publish where. {@code message}, when given, comes first in the commit message; {@code cname}, when
   * given, is the domain GitHub Pages serves the site on ({@link #hostName}); {@code cacheDir} keeps rendered PDFs.
   */
  public record Request(Path contentDir, String branch, Optional<String> message, Optional<String> remote, Optional<String> cname,
      Path cacheDir) {}

  /** The outcome of {@link #publish}. */
  public sealed interface Result permits Invalid, Published {}

  /** The content has errors; nothing was built or committed. */
  public record Invalid(List<Problem> problems) implements Result {}

  /**
   * The branch holds the site: {@code changed} when a new commit was made, else the branch stayed where it was.
   * {@code problems} are the content's warnings.
   */
  public record Published(List<Problem> problems, String branch, boolean changed, ObjectId commit, String shortId, int files, String source)
      implements Result {}

  /** What a push did. */
  public enum Pushed {
    UPDATED,
    UP_TO_DATE
  }

  /** Labels of letters, digits and inner hyphens, at least two of them: what GitHub Pages accepts as a custom domain. */
  private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private final Repository repo;
  private final SiteBuilder builder;

  public SitePublisher(Repository repo) {
    this(repo, new SiteBuilder());
  }

  public SitePublisher(Repository repo, SiteBuilder builder) {
    this.repo = repo;
    this.builder = builder;
  }

  public Result publish(Request request) throws IOException {
    String branch = request.branch();
    BranchNames.problem(repo, branch).ifPresent(problem -> {
      throw new PublishException("invalid branch '" + branch + "': " + problem);
    });
    Optional<String> cname = request.cname().map(name -> hostName(name)
        .orElseThrow(() -> new PublishException("invalid CNAME '" + name + "': give the host name only")));
    String contentPath = Repositories.pathInWorkTree(repo, request.contentDir());
    String source = Repositories.describeSource(repo, contentPath);
    Path temp = Files.createTempDirectory("catalog-publish-");
    try {
      Path site = temp.resolve("site");
      BuildResult built = builder.build(new BuildOptions(request.contentDir(), site, Optional.empty(), request.cacheDir()));
      if (!built.succeeded()) {
        return new Invalid(built.problems());
      }
      // Fetched after the build, just before committing, to leave the remote the least time to move on again.
      Optional<ObjectId> remoteTip = request.remote().flatMap(remote -> RemoteBranch.fetch(repo, remote, branch));
      BranchCommitter.Outcome outcome = new BranchCommitter(repo).commit(branch, remoteTip, site, cname, message(request.message(), source));
      return new Published(built.problems(), branch, outcome.changed(), outcome.commit(), Repositories.shortId(repo, outcome.commit()),
          outcome.files(), source);
    } finally {
      FileTrees.deleteQuietly(temp);
    }
  }

  /**
   * Pushes the branch to {@code remote} (a remote's name, a path or a URL) without forcing. A remote whose branch
   * has commits this one lacks rejects it; that is reported as a {@link PublishException} saying how to fix it.
   */
  public Pushed push(String remote, String branch) {
    String ref = Constants.R_HEADS + branch;
    Iterable<PushResult> results;
    try {
      results = Git.wrap(repo).push().setRemote(remote).setRefSpecs(new RefSpec(ref + ":" + ref)).setForce(false).call();
    } catch (InvalidRemoteException e) {
      throw new PublishException("no remote '" + remote + "': give a remote's name, a path or a URL", e);
    } catch (GitAPIException | JGitInternalException e) {
      throw new PublishException("push to " + remote + " failed: " + oneLine(e.getMessage()), e);
    }
    Pushed pushed = Pushed.UP_TO_DATE;
    for (PushResult result : results) {
      RemoteRefUpdate update = result.getRemoteUpdate(ref);
      if (update == null) {
        continue;
      }
      switch (update.getStatus()) {
        case OK -> pushed = Pushed.UPDATED;
        case UP_TO_DATE -> { }
        // publish fetches before it commits, so running it again is the way out, also when both sides moved on
        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new PublishException("push to " + remote + " rejected: its "
            + branch + " has commits that the local " + branch + " has not (publish never forces); publish again with --remote "
            + remote + ", which builds on them");
        default -> throw new PublishException("push to " + remote + " rejected: " + branch + " " + (update.getMessage() == null
            ? update.getStatus().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
            : oneLine(update.getMessage())));
      }
    }
    return pushed;
  }

  /** The user's message, if any, then the line naming the source commit. */
  static String message(Optional<String> message, String source) {
    return message.map(m -> m.strip() + "\n\nBuilt from " + source + "\n").orElse("Publish site built from " + source + "\n");
  }

  /**
   * {@code name} in lower case when it is a host name fit for GitHub Pages' {@code CNAME} (such as
   * {@code beroepen.vdab.be}); empty for anything else, such as a URL, a path or an address with a port.
   */
  public static Optional<String> hostName(String name) {
    String host = name.toLowerCase(Locale.ROOT);
    return HOST_NAME.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
