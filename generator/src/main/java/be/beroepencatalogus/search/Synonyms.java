package be.beroepencatalogus.search;

import be.beroepencatalogus.model.SynonymRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The catalogue's synonyms (content/synoniemen.yaml) applied when indexing: a document whose title, aliases or text
 * holds a term gets the rule's other terms as alias words ({@code klantenservice} in a text makes the page found by
 * {@code klantendienst} and {@code customer service}; {@code telefonist -> onthaalmedewerker}: a page with
 * "onthaalmedewerker" is found by "telefonist"). As they are in the index, the CLI and the browser both have them.
 */
final class Synonyms {
  /** When {@code trigger}'s words stand in a document one after the other, {@code added} are added. */
  private record Expansion(String[] trigger, String[] added) {}

  private final List<Expansion> expansions;

  private Synonyms(List<Expansion> expansions) {
    this.expansions = expansions;
  }

  /**
   * {@code stems} gives a text's stems (a rule's "noodoproep" applies to a text with "noodoproepen"), {@code words}
   * its words as written (what the rule adds, so that the browser's dictionary has them as typed).
   */
  static Synonyms of(List<SynonymRule> rules, Function<String, String[]> stems, Function<String, String[]> words) {
    List<Expansion> expansions = new ArrayList<>();
    for (SynonymRule rule : rules) {
      List<String> terms = rule.terms().stream().filter(t -> words.apply(t).length > 0).toList();
      if (rule.oneWay()) {
        if (terms.size() == 2) {
          expansions.add(new Expansion(stems.apply(terms.get(1)), words.apply(terms.get(0))));
        }
        continue;
      }
      for (String trigger : terms) {
        for (String other : terms) {
          if (!other.equals(trigger)) {
            expansions.add(new Expansion(stems.apply(trigger), words.apply(other)));
          }
        }
      }
    }
    return new Synonyms(expansions);
  }

  boolean isEmpty() {
    return expansions.isEmpty();
  }

  /** The words the synonyms add to a document whose title, aliases and text have these stems; empty when none apply. */
  List<String> added(String[]... fields) {
    List<String> added = new ArrayList<>();
    for (Expansion e : expansions) {
      if (Arrays.stream(fields).anyMatch(f -> contains(f, e.trigger()))) {
        added.addAll(Arrays.asList(e.added()));
      }
    }
    return added;
  }

  private static boolean contains(String[] words, String[] sequence) {
    for (int i = 0; i + sequence.length <= words.length; i++) {
      boolean all = true;
      for (int j = 0; j < sequence.length && all; j++) {
        all = words[i + j].equals(sequence[j]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
