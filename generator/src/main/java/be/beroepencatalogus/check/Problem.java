package be.beroepencatalogus.check;

import be.beroepencatalogus.model.SourceRef;
import java.util.Comparator;

/** One thing wrong with the content, at a position, with an optional hint on how to fix it. */
public record Problem(Severity severity, SourceRef source, String message, String hint) {

  /** Sorted by file, line, column, then message: the order an author reads them in. */
  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparing((Problem p) -> p.source().path())
          .thenComparingInt(p -> p.source().line())
          .thenComparingInt(p -> p.source().column())
          .thenComparing(Problem::message);

  public static Problem error(SourceRef source, String message) {
    return new Problem(Severity.ERROR, source, message, null);
  }

  public static Problem error(SourceRef source, String message, String hint) {
    return new Problem(Severity.ERROR, source, message, hint);
  }

  public static Problem warning(SourceRef source, String message, String hint) {
    return new Problem(Severity.WARNING, source, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code path:line:column: error: message (hint)} on one line, with control characters from the content (in a
   * file name, an id, a title) written visibly: see {@link VisibleText}.
   */
  public String format() {
    return VisibleText.of(source + ": " + severity.label() + ": " + messageAndHint());
  }

  /** {@code message (hint)}, or the message alone; as the content gave it, control characters included. */
  public String messageAndHint() {
    return hint == null ? message : message + " (" + hint + ")";
  }
}
