package be.beroepencatalogus.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A skill's training actions as the separate actions a reviewer sees: each list item and each paragraph of its
 * Markdown is one action, on one line, with whitespace collapsed and the list marker dropped.
 */
public final class TrainingActions {
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");

  private TrainingActions() {}

  public static List<String> split(String markdown) {
    List<String> actions = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\\R", -1)) {
      Matcher item = LIST_ITEM.matcher(line);
      if (line.isBlank()) {
        current = flush(actions, current);
      } else if (item.matches()) {
        flush(actions, current);
        current = new StringBuilder(item.group(1).strip());
      } else if (current == null) {
        current = new StringBuilder(line.strip());
      } else {
        current.append(' ').append(line.strip());
      }
    }
    flush(actions, current);
    return actions;
  }

  private static StringBuilder flush(List<String> actions, StringBuilder current) {
    if (current != null && !current.isEmpty()) {
      actions.add(current.toString().replaceAll("\\s+", " "));
    }
    return null;
  }

  /** One step of an edit script: an action kept, removed from the old list or added to the new one. */
  record Edit(Op op, String action) {}

  enum Op {
    KEEP,
    REMOVE,
    ADD
  }

  /**
   * The shortest edit script from {@code before} to {@code after} (longest common subsequence), removals before
   * additions at the same spot.
   */
  static List<Edit> edits(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && before.get(i).equals(after.get(j))) {
        edits.add(new Edit(Op.KEEP, before.get(i)));
        i++;
        j++;
      } else if (j == m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
        edits.add(new Edit(Op.REMOVE, before.get(i++)));
      } else {
        edits.add(new Edit(Op.ADD, after.get(j++)));
      }
    }
    return edits;
  }
}
