package be.beroepencatalogus.cli;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.build.SiteBuilder;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Checks the content, then builds the whole site. A build with errors writes nothing: the previous site stays.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOption contentOption;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Address the site is published at; overrides base_url in site.yaml.")
  String baseUrl;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache", description = "Cache of rendered PDFs between builds (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--no-pdf", description = "Leave out the PDF plans (a quicker preview); the print pages stay, without a download link.")
  boolean noPdf;

  @Option(names = "--timings", description = "Print how long each stage took and what the search export holds.")
  boolean timings;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "How to print problems: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProblemPrinter.Format format;

  @Override
  public Integer call() throws Exception {
    Path content = contentOption.existing();
    BuildResult built = new SiteBuilder().build(new BuildOptions(content, out, Optional.ofNullable(baseUrl), cache, noPdf ? PdfMode.NONE : PdfMode.RENDER));
    ProblemPrinter.print(built.problems(), format, spec.commandLine().getErr());
    if (!(built instanceof BuildResult.Built result)) {
      spec.commandLine().getErr().println("build failed: " + ProblemPrinter.summary(built.problems()) + "; " + out + " was not changed");
      return ExitCodes.CONTENT_ERROR;
    }
    spec.commandLine().getOut().printf("built %d pages (%d files) into %s in %d ms%n",
        result.pages(), result.files(), out, result.elapsed().toMillis());
    if (timings) {
      result.stages().forEach((stage, time) -> spec.commandLine().getOut().printf("  %-24s %6d ms%n", stage, time.toMillis()));
      spec.commandLine().getOut().printf("  search export: %d entries, %d files, %d bytes%n",
          result.search().entries(), result.search().files(), result.search().bytes());
      spec.commandLine().getOut().printf("  plans: %d, PDFs rendered %d, from the cache %d, %d PDF bytes%n",
          result.plans().plans(), result.plans().rendered(), result.plans().cached(), result.plans().pdfBytes());
    }
    return ExitCodes.OK;
  }
}
