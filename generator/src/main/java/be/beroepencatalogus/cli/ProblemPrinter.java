package be.beroepencatalogus.cli;

import be.beroepencatalogus.check.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems one per line, as text for people or as GitHub Actions annotations. */
final class ProblemPrinter {
  enum Format {
    text,
    github
  }

  static void print(List<Problem> problems, Format format, PrintWriter err) {
    for (Problem p : problems) {
      if (format == Format.github) {
        String message = p.hint() == null ? p.message() : p.message() + " (" + p.hint() + ")";
        err.println("::" + p.severity().label() + " file=" + p.source().path() + ",line=" + p.source().line()
            + ",col=" + p.source().column() + "::" + escape(message));
      } else {
        err.println(p.format());
      }
    }
    err.flush();
  }

  private static String escape(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
  }
}
