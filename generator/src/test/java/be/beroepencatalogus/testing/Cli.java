package be.beroepencatalogus.testing;

import be.beroepencatalogus.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in this JVM, as a user runs it, keeping what the last run printed: the one harness of CLI tests. */
public final class Cli {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code catalog args...} and returns its exit code; {@link #out()} and {@link #err()} then hold what it printed. */
  public int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }
}
