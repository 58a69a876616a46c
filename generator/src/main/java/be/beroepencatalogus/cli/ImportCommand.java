package be.beroepencatalogus.cli;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.check.VisibleText;
import be.beroepencatalogus.importer.ImportPlanner.ConflictChoice;
import be.beroepencatalogus.importer.ImportReport;
import be.beroepencatalogus.importer.PlanImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
        "Turns opleidingsplannen (.docx, .doc, .pdf, .txt in the layout of the Word form) into content: one occupation "
            + "per plan, with its competencies and key skills. Competencies and key skills whose title is already in the "
            + "catalogue are reused; the same title with other text is a conflict, reported with the differences.",
        "Writes all files or none, never over an existing file, and only when the catalogue then passes check."})
final class ImportCommand implements Callable<Integer> {
  /** How a conflict is resolved, as typed on the command line. */
  enum OnConflict { keep, variant }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Plan files, or folders whose plans (also in subfolders) are all imported.")
  List<Path> inputs;

  @Mixin ContentOption contentOption;

  @Option(names = "--dry-run", description = "Print what would be written, and write nothing.")
  boolean dryRun;

  @Option(names = "--on-conflict", paramLabel = "CHOICE", defaultValue = "keep",
      description = "A competency whose title is in the catalogue with other text: keep the catalogue's (keep), or write the imported one as a competency of its own (variant). Default: ${DEFAULT-VALUE}.")
  OnConflict onConflict;

  @Option(names = "--timings", description = "Print how long reading each plan took.")
  boolean timings;

  @Override
  public Integer call() throws Exception {
    Path content = contentOption.existing();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanImporter.Result result = new PlanImporter().run(inputs, content,
        onConflict == OnConflict.variant ? ConflictChoice.VARIANT : ConflictChoice.KEEP, dryRun);
    for (PlanImporter.Failure failure : result.failures()) {
      for (String problem : failure.problems()) {
        err.println(VisibleText.of("error: " + failure.file() + ": " + problem));
      }
    }
    ImportReport.of(result.changes()).lines().map(VisibleText::of).forEach(out::println);
    ProblemPrinter.print(result.problems(), ProblemPrinter.Format.text, err);
    if (timings) {
      result.timings().forEach(t -> out.printf("  %s: %d ms%n", VisibleText.of(t.file()), t.elapsed().toMillis()));
    }
    if (!result.succeeded()) {
      err.println("import failed: nothing was written to " + content
          + (result.failures().isEmpty() && !result.changes().files().isEmpty() ? " (the catalogue would not pass check)" : ""));
      return ExitCodes.CONTENT_ERROR;
    }
    if (result.changes().files().isEmpty()) {
      out.println("nothing to write: every plan is already in " + content);
    } else if (dryRun) {
      out.println("dry run: would write " + ImportReport.files(result.changes().files()) + " to " + content + "; nothing was written");
    } else {
      out.println("imported " + result.changes().plans().size() + (result.changes().plans().size() == 1 ? " plan" : " plans")
          + ": wrote " + ImportReport.files(result.changes().files()) + " to " + content);
    }
    return ExitCodes.OK;
  }
}
