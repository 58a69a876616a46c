package be.beroepencatalogus.importer;

import be.beroepencatalogus.diff.TrainingActions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Training actions reduced to what a reader sees: one line per paragraph or list item (as a reviewer's diff reads
 * them), Markdown escapes dropped and word-processor artefacts cleaned. Two competencies whose skills read the same
 * are the same, however their Markdown was typed.
 */
final class ActionText {
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");

  private ActionText() {}

  static List<String> lines(String markdown) {
    return TrainingActions.split(markdown).stream().map(line -> WordText.clean(ESCAPE.matcher(line).replaceAll("$1"))).toList();
  }
}
