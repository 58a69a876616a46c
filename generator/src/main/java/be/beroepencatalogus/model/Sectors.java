package be.beroepencatalogus.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sectors of a catalogue, from the occupations' free-text {@code sector}: names that give the same page id
 * ("ICT", "Ict") are one sector, shown with the spelling most of its occupations use.
 */
public final class Sectors {
  /** Longest sector id. */
  static final int ID_LENGTH = 60;

  private Sectors() {}

  /** A sector's page id: the slug of its name; empty when the name has no letter or digit (then it has no page). */
  public static String id(String name) {
    return Slugs.fromTitle(name, ID_LENGTH);
  }

  /** Each sector id with the spellings of it that occupations use and how many use each, in the order given. */
  public static Map<String, Map<String, Integer>> spellings(List<Occupation> occupations) {
    Map<String, Map<String, Integer>> spellings = new LinkedHashMap<>();
    for (Occupation o : occupations) {
      String id = id(o.sector());
      if (!id.isEmpty()) {
        spellings.computeIfAbsent(id, k -> new TreeMap<>()).merge(o.sector().strip(), 1, Integer::sum);
      }
    }
    return spellings;
  }

  /** The spelling most occupations use; of equally used ones, the first in code-point order, so the choice is stable. */
  public static String preferred(Map<String, Integer> spellings) {
    return spellings.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow()
        .getKey();
  }
}
