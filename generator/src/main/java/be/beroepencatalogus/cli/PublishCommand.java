package be.beroepencatalogus.cli;

import be.beroepencatalogus.publish.BranchNames;
import be.beroepencatalogus.publish.Credentials;
import be.beroepencatalogus.publish.Repositories;
import be.beroepencatalogus.publish.SitePublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Checks and builds the site into a temporary folder, then commits it to a branch (for GitHub Pages) straight "
          + "into the repository: your files, staging area and current branch are left alone. Nothing changed: no "
          + "commit.",
      "History is only extended, never forced; with --remote the remote's branch is fetched first, the site is "
          + "committed on top of it, and the branch is pushed, fast-forward only."
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--branch", paramLabel = "BRANCH", defaultValue = "gh-pages",
      description = "Branch to commit the site to; not one a worktree has checked out (default: ${DEFAULT-VALUE}).")
  String branch;

  @Option(names = "--remote", paramLabel = "REMOTE", description = "Push the branch to this remote (a name such as origin, a path or a URL).")
  String remote;

  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Commit message; a line naming the source commit is added.")
  String message;

  @Option(names = "--cname", paramLabel = "DOMAIN",
      description = "Serve the site on this custom domain: writes it as the branch's CNAME (without it, the branch's CNAME is kept).")
  String cname;

  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content in the repository).")
  Path content;

  @Option(names = "--cache", paramLabel = "DIR", description = "Cache of rendered PDFs between builds (default: .cache in the repository).")
  Path cache;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The git repository (default: the one the current folder is in).")
  Path repoDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (cname != null && SitePublisher.hostName(cname).isEmpty()) {
      err.println("error: invalid --cname '" + cname + "': give the host name only, such as beroepen.vdab.be");
      return ExitCodes.USAGE;
    }
    try (Repository repo = Repositories.open(repoDir)) {
      Optional<String> badBranch = BranchNames.problem(repo, branch);
      if (badBranch.isPresent()) {
        err.println("error: invalid --branch '" + branch + "': " + badBranch.get());
        return ExitCodes.USAGE;
      }
      Path contentDir = content != null ? content : repo.getWorkTree().toPath().resolve("content");
      Path cacheDir = cache != null ? cache : repo.getWorkTree().toPath().resolve(".cache");
      SitePublisher publisher = new SitePublisher(repo);
      SitePublisher.Result result = publisher.publish(new SitePublisher.Request(
          contentDir, branch, Optional.ofNullable(message), Optional.ofNullable(remote), Optional.ofNullable(cname), cacheDir));
      if (result instanceof SitePublisher.Invalid invalid) {
        ProblemPrinter.print(invalid.problems(), ProblemPrinter.Format.text, err);
        err.println("publish failed: " + ProblemPrinter.summary(invalid.problems()) + "; " + branch + " was not changed");
        return ExitCodes.CONTENT_ERROR;
      }
      SitePublisher.Published published = (SitePublisher.Published) result;
      ProblemPrinter.print(published.problems(), ProblemPrinter.Format.text, err);
      if (published.changed()) {
        out.printf("published %d files to %s as %s (built from %s)%n", published.files(), branch, published.shortId(), published.source());
      } else {
        out.printf("nothing changed; %s stays at %s%n", branch, published.shortId());
      }
      out.flush();
      if (remote != null) {
        SitePublisher.Pushed pushed = publisher.push(remote, branch);
        String shown = Credentials.mask(remote);
        out.println(pushed == SitePublisher.Pushed.UPDATED
            ? "pushed " + branch + " to " + shown
            : shown + " already has " + branch + " at " + published.shortId());
      }
      return ExitCodes.OK;
    }
  }
}
