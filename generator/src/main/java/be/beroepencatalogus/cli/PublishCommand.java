package be.beroepencatalogus.cli;

import be.beroepencatalogus.publish.Repositories;
import be.beroepencatalogus.publish.SitePublisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Checks and builds the site into a temporary folder, then commits it to a branch (for GitHub Pages) straight "
          + "into the repository: your files, staging area and current branch are left alone. Nothing changed: no "
          + "commit.",
      "History is only extended, never forced; with --remote the branch is pushed, fast-forward only."
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--branch", paramLabel = "BRANCH", defaultValue = "gh-pages", description = "Branch to commit the site to (default: ${DEFAULT-VALUE}).")
  String branch;

  @Option(names = "--remote", paramLabel = "REMOTE", description = "Push the branch to this remote (a name such as origin, a path or a URL).")
  String remote;

  @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Commit message; a line naming the source commit is added.")
  String message;

  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content in the repository).")
  Path content;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The git repository (default: the one the current folder is in).")
  Path repoDir;

  @Override
  public Integer call() throws Exception {
    if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
      throw new ParameterException(spec.commandLine(), "invalid --branch '" + branch + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Repository repo = Repositories.open(repoDir)) {
      Path contentDir = content != null ? content : repo.getWorkTree().toPath().resolve("content");
      SitePublisher publisher = new SitePublisher(repo);
      SitePublisher.Result result = publisher.publish(
          new SitePublisher.Request(contentDir, branch, Optional.ofNullable(message), Optional.ofNullable(remote)));
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
        out.println(pushed == SitePublisher.Pushed.UPDATED
            ? "pushed " + branch + " to " + remote
            : remote + " already has " + branch + " at " + published.shortId());
      }
      return ExitCodes.OK;
    }
  }
}
