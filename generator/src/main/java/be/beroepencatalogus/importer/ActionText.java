package be.beroepencatalogus.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training actions reduced to what a reader sees: one line per paragraph or list item, whitespace collapsed,
 * list markers and Markdown escapes dropped. Two competencies whose skills read the same are the same, however
 * their Markdown was typed.
 */
final class ActionText {
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");

  private ActionText() {}

  static List<String> lines(String markdown) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\\R", -1)) {
      Matcher item = LIST_ITEM.matcher(line);
      if (line.isBlank()) {
        current = flush(lines, current);
      } else if (item.matches()) {
        flush(lines, current);
        current = new StringBuilder(item.group(1).strip());
      } else if (current == null) {
        current = new StringBuilder(line.strip());
      } else {
        current.append(' ').append(line.strip());
      }
    }
    flush(lines, current);
    return lines;
  }

  private static StringBuilder flush(List<String> lines, StringBuilder current) {
    if (current != null && !current.isEmpty()) {
      lines.add(WordText.clean(ESCAPE.matcher(current).replaceAll("$1")));
    }
    return null;
  }
}
