package be.beroepencatalogus.diff;

import java.util.regex.Pattern;

/** Authors' text inside a Markdown report: shown as written, never interpreted as Markdown or HTML. */
final class Markdown {
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~#!&])");

  private Markdown() {}

  /** Backslash-escapes every character that could start emphasis, a link, code, HTML, a table cell or a heading. */
  static String escape(String text) {
    return SPECIAL.matcher(oneLine(text)).replaceAll("\\\\$1");
  }

  /** Inline code that survives backticks in the text (a longer fence than any run inside). */
  static String code(String text) {
    String t = oneLine(text);
    String fence = "`";
    while (t.contains(fence)) {
      fence += "`";
    }
    String pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
    return fence + pad + t + pad + fence;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
