package be.beroepencatalogus.cli;

import be.beroepencatalogus.build.OutputRefusedException;
import be.beroepencatalogus.publish.PublishException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code catalog} command line: a thin shell over the pipeline. The only place that exits. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    version = "Beroepencatalogus 0.1",
    description = "Builds and checks a catalogue of occupations (Markdown + YAML) into a static website.",
    subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, NewCommand.class, EscoCommand.class, ServeCommand.class, PublishCommand.class, DiffCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  @Option(names = "--debug", description = "Print stack traces of unexpected errors.", scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  /** Where commands that ask something read the answer. */
  Answers answers = Answers.console();

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code: 0 success, 1 content errors, 2 usage errors. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, Answers.console(), out, err);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, reading answers to questions from {@code answers}. */
  public static int run(String[] args, Answers answers, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    main.answers = answers;
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean debug = parseResult.matchedOption("--debug") != null
          || parseResult.subcommand() != null && parseResult.subcommand().matchedOption("--debug") != null;
      commandLine.getErr().println("error: " + FailureMessages.describe(e));
      if (debug) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return isUsageError(e) ? ExitCodes.USAGE : ExitCodes.CONTENT_ERROR;
    });
    if (args.length == 0) {
      cli.usage(err);
      return ExitCodes.USAGE;
    }
    return cli.execute(args);
  }

  /** Asked for what cannot be done as given (an output folder that is not a site, a missing folder): nothing changed. */
  private static boolean isUsageError(Exception e) {
    return e instanceof UsageException || e instanceof OutputRefusedException
        || e instanceof PublishException publish && publish.isUsageError();
  }
}
