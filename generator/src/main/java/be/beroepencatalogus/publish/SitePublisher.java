package be.beroepencatalogus.publish;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Publishes the catalogue to a branch (GitHub Pages' {@code gh-pages}): checks and builds the content into a
 * temporary folder, commits the built site to the branch without touching the work tree, the index or the
 * current branch, and pushes it on request, fast-forward only.
 */
public final class SitePublisher {
  /** What to publish where. {@code message}, when given, comes first in the commit message. */
  public record Request(Path contentDir, String branch, Optional<String> message, Optional<String> remote) {}

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

  private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]+|.*:.*");

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
    if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
      throw new PublishException("invalid branch name '" + branch + "'");
    }
    if ((Constants.R_HEADS + branch).equals(repo.getFullBranch())) {
      throw new PublishException(branch + " is the branch checked out here; switch to your source branch first"
          + " (publishing writes the site to " + branch + " without checking it out)");
    }
    String contentPath = Repositories.pathInWorkTree(repo, request.contentDir());
    String source = Repositories.describeSource(repo, contentPath);
    Path workTree = repo.getWorkTree().toPath();
    Path temp = Files.createTempDirectory("catalog-publish-");
    try {
      Path site = temp.resolve("site");
      BuildResult built = builder.build(new BuildOptions(request.contentDir(), site, Optional.empty(), workTree.resolve(".cache")));
      if (!built.succeeded()) {
        return new Invalid(built.problems());
      }
      Optional<String> cname = customDomain(built.settings().baseUrl());
      BranchCommitter.Outcome outcome = new BranchCommitter(repo).commit(
          branch, request.remote().flatMap(remote -> remoteTrackingTip(remote, branch)), site, cname,
          message(request.message(), source));
      return new Published(built.problems(), branch, outcome.changed(), outcome.commit(), Repositories.shortId(repo, outcome.commit()),
          outcome.files(), source);
    } finally {
      deleteRecursively(temp);
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
    } catch (GitAPIException e) {
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
        case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new PublishException("push to " + remote + " rejected: its "
            + branch + " has commits that the local " + branch + " has not (not a fast-forward; publish never forces);"
            + " fetch them with 'git fetch " + remote + " " + branch + ":" + branch + "' and publish again");
        default -> throw new PublishException("push to " + remote + " rejected: " + branch + " " + (update.getMessage() == null
            ? update.getStatus().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
            : oneLine(update.getMessage())));
      }
    }
    return pushed;
  }

  /**
   * Where a branch that does not exist here yet starts: the remote's copy of it as last fetched
   * ({@code refs/remotes/<remote>/<branch>}), so that a fresh clone (such as a CI checkout) extends the published
   * history instead of starting a new one that the remote would reject.
   */
  private Optional<ObjectId> remoteTrackingTip(String remote, String branch) {
    if (!repo.getRemoteNames().contains(remote)) {
      return Optional.empty();
    }
    try {
      Ref ref = repo.exactRef(Constants.R_REMOTES + remote + "/" + branch);
      return ref == null ? Optional.empty() : Optional.ofNullable(ref.getObjectId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user's message, if any, then the line naming the source commit. */
  static String message(Optional<String> message, String source) {
    return message.map(m -> m.strip() + "\n\nBuilt from " + source + "\n").orElse("Publish site built from " + source + "\n");
  }

  /**
   * The host to put in {@code CNAME} for GitHub Pages: the base URL's host, unless it is GitHub's own
   * ({@code *.github.io}), an IP address, or reserved for examples and tests (RFC 2606, RFC 6761).
   */
  static Optional<String> customDomain(String baseUrl) {
    String raw;
    try {
      raw = new URI(baseUrl).getHost();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (raw == null) {
      return Optional.empty();
    }
    String host = raw.toLowerCase(Locale.ROOT);
    if (host.equals("github.io") || host.endsWith(".github.io") || !host.contains(".") || IP_ADDRESS.matcher(host).matches()
        || Stream.of("example", "test", "invalid", "localhost").anyMatch(tld -> host.endsWith("." + tld))
        || Stream.of("example.com", "example.net", "example.org").anyMatch(d -> host.equals(d) || host.endsWith("." + d))) {
      return Optional.empty();
    }
    return Optional.of(host);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** Best effort: a temporary folder left behind is harmless, and must not hide the outcome of the publish. */
  private static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // left for the system's temp cleaner
    }
  }
}
