package be.beroepencatalogus.cli;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.diff.CatalogueDiff;
import be.beroepencatalogus.diff.CatalogueDiffer;
import be.beroepencatalogus.diff.ContentAtRef;
import be.beroepencatalogus.diff.DiffFormatter;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.publish.Repositories;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "What changed in the catalogue since a git ref (a branch, tag or commit), in catalogue terms: occupations, "
          + "competencies, skills, training actions and key skills added, removed or changed, and which occupations "
          + "a change affects. Compares the content at REF with the content folder as it is now (uncommitted edits "
          + "included).",
      "Exit 0 also when there are differences; 1 when either side has content errors; 2 for an unknown ref."
    })
final class DiffCommand implements Callable<Integer> {
  enum Format {
    text,
    markdown
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REF", description = "The git ref to compare with, such as main, origin/main, v1.0 or HEAD~3.")
  String ref;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per change) or markdown (for a pull request) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: content in the repository).")
  Path content;

  @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The git repository (default: the one the current folder is in).")
  Path repoDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Repository repo = Repositories.open(repoDir)) {
      Path contentDir = content != null ? content : repo.getWorkTree().toPath().resolve("content");
      String contentPath = Repositories.pathInWorkTree(repo, contentDir);
      Optional<ObjectId> commit = ContentAtRef.resolve(repo, ref);
      if (commit.isEmpty()) {
        err.println("error: unknown git ref '" + ref + "' (a branch, tag or commit here; for a remote branch, fetch it first)");
        return ExitCodes.USAGE;
      }
      String shortId = Repositories.shortId(repo, commit.get());
      SiteBuilder builder = new SiteBuilder();
      Path temp = Files.createTempDirectory("catalog-diff-");
      try {
        Path then = temp.resolve("content");
        int files = ContentAtRef.materialise(repo, commit.get(), contentPath, then);
        CheckResult now = builder.check(contentDir);
        Catalogue before;
        List<Problem> beforeProblems;
        if (files == 0) {
          err.println("note: " + (contentPath.isEmpty() ? "the content" : contentPath) + " did not exist at " + ref + "; all of it is new");
          before = new Catalogue(now.catalogue().settings(), List.of(), List.of(), List.of());
          beforeProblems = List.of();
        } else {
          CheckResult old = builder.check(then);
          before = old.catalogue();
          beforeProblems = ContentAtRef.relabel(old.problems(), then, ref, contentPath);
        }
        boolean brokenThen = printErrors(beforeProblems, "the content at " + ref, err);
        boolean brokenNow = printErrors(now.problems(), "the content in " + contentDir, err);
        if (brokenThen || brokenNow) {
          return ExitCodes.CONTENT_ERROR;
        }
        CatalogueDiff diff = new CatalogueDiffer().compare(before, now.catalogue());
        out.print(format == Format.markdown ? DiffFormatter.markdown(diff, ref, shortId) : DiffFormatter.text(diff, ref, shortId));
        out.flush();
        return ExitCodes.OK;
      } finally {
        FileTrees.deleteQuietly(temp);
      }
    }
  }

  /** Prints the errors of one side, and says which side; true when there were any. */
  private static boolean printErrors(List<Problem> problems, String side, PrintWriter err) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (errors.isEmpty()) {
      return false;
    }
    ProblemPrinter.print(errors, ProblemPrinter.Format.text, err);
    err.println("diff: " + side + " has " + (errors.size() == 1 ? "1 error" : errors.size() + " errors") + "; fix them first");
    return true;
  }
}
