package be.beroepencatalogus.testing;

import be.beroepencatalogus.cli.Answers;
import be.beroepencatalogus.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The command line run in this JVM, as a user runs it, keeping what the last run printed: the one harness of CLI tests. */
public final class Cli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code catalog args...} and returns its exit code; {@link #out()} and {@link #err()} then hold what it printed. */
  public int run(String... args) {
    return runAnswering(List.of(), args);
  }

  /**
   * As {@link #run}, in a terminal where the author types {@code answers}, one per question (none left: the end of
   * input); {@link #out()} then holds the questions too.
   */
  public int runAnswering(List<String> answers, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    PrintWriter printed = new PrintWriter(out, true);
    Iterator<String> typed = answers.iterator();
    Answers terminal = question -> {
      printed.print(question);
      printed.flush();
      return typed.hasNext() ? Optional.of(typed.next()) : Optional.empty();
    };
    return Main.run(args, answers.isEmpty() ? question -> Optional.empty() : terminal, printed, new PrintWriter(err, true));
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }
}
