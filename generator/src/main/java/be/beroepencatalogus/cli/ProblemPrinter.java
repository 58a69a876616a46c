package be.beroepencatalogus.cli;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.check.VisibleText;
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
        err.println("::" + p.severity().label() + " file=" + property(p.source().path()) + ",line=" + p.source().line()
            + ",col=" + p.source().column() + "::" + message(p.messageAndHint()));
      } else {
        err.println(p.format());
      }
    }
    err.flush();
  }

  /**
   * A workflow command's message, escaped as GitHub documents it (its toolkit's escapeData), so that a line break
   * from the content cannot start a command of its own; other control characters are then made visible.
   */
  private static String message(String text) {
    return VisibleText.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** A property such as {@code file=}: also ':' and ',', which would end the property or the properties (escapeProperty). */
  private static String property(String text) {
    return VisibleText.of(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C"));
  }

  static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
  }
}
