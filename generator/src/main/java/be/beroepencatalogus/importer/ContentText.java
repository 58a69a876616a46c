package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportedPlan.TextBlock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Imported text as the content format writes it: Markdown that shows the words as typed, YAML strings that load back as they were. */
public final class ContentText {
  /** What Markdown would read as a block marker at the start of a line: a heading, quote, list item, rule or code. */
  private static final Pattern BLOCK_START = Pattern.compile("^(#{1,6}(\\s|$)|>|[-+*](\\s|$)|\\d{1,9}[.)](\\s|$)|={3,}|-{3,}|_{3,}|\\*{3,}|`{3,}|~{3,})");
  private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})[.)](\\s|$)");
  private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|])");

  private ContentText() {}

  /** Paragraphs separated by blank lines; a run of list items as one list. */
  static String markdown(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder();
    boolean previousItem = false;
    for (TextBlock block : blocks) {
      if (out.length() > 0) {
        out.append(block.listItem() && previousItem ? "\n" : "\n\n");
      }
      out.append(block.listItem() ? "- " + paragraph(block.text()) : paragraph(block.text()));
      previousItem = block.listItem();
    }
    return out.toString();
  }

  /** One paragraph: Markdown's inline characters escaped, and a start that would open a block (a list, a heading) kept literal. */
  public static String paragraph(String text) {
    String escaped = inline(text);
    Matcher ordered = ORDERED.matcher(escaped);
    if (ordered.find()) {
      return ordered.group(1) + "\\" + escaped.substring(ordered.group(1).length()); // "1\. tekst"
    }
    return BLOCK_START.matcher(escaped).find() ? "\\" + escaped : escaped;
  }

  /** A skill's heading text: inline escapes, and an ending that would be read as an anchor or a closing '#' kept literal. */
  static String heading(String text) {
    String escaped = inline(text).replace("{#", "\\{#");
    return escaped.endsWith("#") ? escaped.substring(0, escaped.length() - 1) + "\\#" : escaped;
  }

  private static String inline(String text) {
    return INLINE.matcher(text).replaceAll("\\\\$1");
  }

  /** A double-quoted YAML scalar: backslash, quote and control characters escaped. */
  static String yaml(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
