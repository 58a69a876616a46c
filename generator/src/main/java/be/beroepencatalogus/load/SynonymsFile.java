package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SynonymRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads content/synoniemen.yaml, the search synonyms authors keep: a YAML list of strings, one rule per item,
 * {@code - klantendienst = klantenservice = customer service} or {@code - telefonist -> onthaalmedewerker}. The
 * format is a small subset of YAML read line by line, so that every problem points at its line and column.
 */
final class SynonymsFile {
  static final String FILE = "synoniemen.yaml";
  private static final String HINT = "write one rule per line: '- klantendienst = klantenservice' or '- telefonist -> onthaalmedewerker'";

  private SynonymsFile() {}

  static List<SynonymRule> parse(SourceFile source, List<Problem> problems) {
    List<SynonymRule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = source.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      int line1 = i + 1;
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int dash = line.indexOf('-');
      if (!trimmed.startsWith("- ")) {
        problems.add(Problem.error(source.at(line1, line.indexOf(trimmed.charAt(0)) + 1), "a synonym rule must be a list item", HINT));
        continue;
      }
      String rule = unquote(trimmed.substring(2).strip());
      int column = dash + 3;
      boolean oneWay = rule.contains("->");
      if (oneWay && rule.contains("=")) {
        problems.add(Problem.error(source.at(line1, column), "a rule uses either '=' or '->', not both", HINT));
        continue;
      }
      String[] parts = rule.split(oneWay ? "->" : "=", -1);
      if (parts.length < 2) {
        problems.add(Problem.error(source.at(line1, column), "'" + rule + "' names only one term", HINT));
        continue;
      }
      if (oneWay && parts.length > 2) {
        problems.add(Problem.error(source.at(line1, column), "a one-way rule has one term on each side of '->'", HINT));
        continue;
      }
      List<String> terms = new ArrayList<>();
      boolean ok = true;
      for (String part : parts) {
        String term = part.strip().replaceAll("\\s+", " ");
        if (!term.codePoints().anyMatch(Character::isLetterOrDigit)) {
          problems.add(Problem.error(source.at(line1, column), "an empty term in '" + rule + "'", HINT));
          ok = false;
          break;
        }
        String folded = term.toLowerCase(Locale.ROOT);
        if (terms.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(folded))) {
          problems.add(Problem.error(source.at(line1, column), "'" + term + "' is twice in the same rule", HINT));
          ok = false;
          break;
        }
        terms.add(term);
      }
      if (!ok) {
        continue;
      }
      String key = (oneWay ? "->" : "=") + String.join("\u0000", oneWay ? terms : terms.stream().map(t -> t.toLowerCase(Locale.ROOT)).sorted().toList());
      if (!seen.add(key.toLowerCase(Locale.ROOT))) {
        problems.add(Problem.warning(source.at(line1, column), "this rule is already in the file", "remove one of the two"));
        continue;
      }
      rules.add(new SynonymRule(terms, oneWay, source.at(line1, column)));
    }
    return rules;
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }
}
