package be.beroepencatalogus.cli;

import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validates all content and prints every problem as file:line:column. Exit 1 on any error.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOption contentOption;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProblemPrinter.Format format;

  @Override
  public Integer call() {
    Path content = contentOption.existing();
    CheckResult result = new SiteBuilder().check(content);
    ProblemPrinter.print(result.problems(), format, spec.commandLine().getErr());
    if (format == ProblemPrinter.Format.text) {
      spec.commandLine().getOut().println(content + ": " + ProblemPrinter.summary(result.problems()));
    }
    return result.hasErrors() ? ExitCodes.CONTENT_ERROR : ExitCodes.OK;
  }
}
