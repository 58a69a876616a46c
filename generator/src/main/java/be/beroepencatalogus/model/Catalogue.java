package be.beroepencatalogus.model;

import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole catalogue, immutable. Lists keep the order in which they were loaded (sorted by file path); the
 * reverse relations (which occupations use a competency or ask for a key skill) are derived once here.
 */
public final class Catalogue {
  private final SiteSettings settings;
  private final List<Occupation> occupations;
  private final List<Competency> competencies;
  private final List<KeySkill> keySkills;
  private final Map<String, Occupation> occupationsById;
  private final Map<String, Competency> competenciesById;
  private final Map<String, KeySkill> keySkillsById;
  private final Map<String, List<Occupation>> occupationsByCompetency;
  private final Map<String, List<Occupation>> occupationsByKeySkill;
  private final List<Occupation> occupationsByTitle;

  public Catalogue(
      SiteSettings settings, List<Occupation> occupations, List<Competency> competencies, List<KeySkill> keySkills) {
    this.settings = settings;
    this.occupations = List.copyOf(occupations);
    this.competencies = List.copyOf(competencies);
    this.keySkills = List.copyOf(keySkills);
    this.occupationsById = index(this.occupations, Occupation::id);
    this.competenciesById = index(this.competencies, Competency::id);
    this.keySkillsById = index(this.keySkills, KeySkill::id);
    this.occupationsByTitle = sortedByTitle(this.occupations, Occupation::title, (a, b) -> 0);
    this.occupationsByCompetency =
        group(occupationsByTitle, o -> o.competencies().stream().map(CompetencyUse::competencyId).distinct().toList());
    this.occupationsByKeySkill =
        group(occupationsByTitle, o -> o.keySkills().stream().map(KeySkillUse::keySkillId).distinct().toList());
  }

  private Catalogue(Catalogue catalogue, SiteSettings settings) {
    this.settings = settings;
    this.occupations = catalogue.occupations;
    this.competencies = catalogue.competencies;
    this.keySkills = catalogue.keySkills;
    this.occupationsById = catalogue.occupationsById;
    this.competenciesById = catalogue.competenciesById;
    this.keySkillsById = catalogue.keySkillsById;
    this.occupationsByTitle = catalogue.occupationsByTitle;
    this.occupationsByCompetency = catalogue.occupationsByCompetency;
    this.occupationsByKeySkill = catalogue.occupationsByKeySkill;
  }

  /**
   * {@code items} in Dutch alphabetical order of their titles, ignoring case and accents; equal titles by
   * {@code tieBreak}, and where that finds them equal too, in the order given (the sort is stable).
   */
  public static <T> List<T> sortedByTitle(List<T> items, Function<T, String> title, Comparator<? super T> tieBreak) {
    // Each distinct title gets its collation key once, and the titles are ranked by key and then by the title
    // itself (titles that differ only in case). The items are then sorted by that rank, an int, so the many
    // comparisons of a large sort compare no keys. Making the keys is the costly part, so it runs on all cores.
    List<String> titles = items.stream().map(title).distinct().toList();
    List<String> keys = titles.parallelStream().map(TitleKeys::key).toList();
    Integer[] order = new Integer[titles.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer, String>comparing(keys::get).thenComparing(titles::get));
    Map<String, Integer> ranks = new HashMap<>(titles.size() * 2);
    for (int rank = 0; rank < order.length; rank++) {
      ranks.put(titles.get(order[rank]), rank);
    }
    record Ranked<U>(int rank, U item) {}
    List<Ranked<T>> ranked = new ArrayList<>(items.size());
    for (T item : items) {
      ranked.add(new Ranked<>(ranks.get(title.apply(item)), item));
    }
    ranked.sort(Comparator.<Ranked<T>>comparingInt(Ranked::rank).thenComparing(Ranked::item, tieBreak));
    return ranked.stream().map(Ranked::item).toList();
  }

  /**
   * Collation keys of titles for the Dutch (nl-BE) collator at SECONDARY strength (case ignored, accents not),
   * as the key strings the collator itself makes: {@code RuleBasedCollationKey} compares exactly those strings
   * with {@code String.compareTo}, so sorting by them is sorting by the collator.
   *
   * <p>The collator's key is built by walking the title's collation elements and appending, per element, at most
   * one character to a primary part and one to a secondary part, joined as primary, NUL, secondary, NUL; no state
   * passes from one element to the next except with French secondary ordering, which Dutch does not use. When
   * every character of a title maps to its own elements whatever its neighbours (no contraction begins with it),
   * the key is therefore the concatenation of the characters' own parts. The JDK's nl-BE rules are its root
   * rules (it has no Dutch tailoring) and contain no contraction at all, so this holds for every printable ASCII
   * character: such titles, most of them, are keyed from a table made once from the collator's keys of the
   * single characters, many times faster. Any other title, or a JDK whose rules are not the ones verified here
   * (by their hash, see {@code CatalogueSortTest}), goes to the collator.
   */
  static final class TitleKeys {
    /** {@code getRules().hashCode()} of the nl-BE collator whose rules were checked to hold no contraction. */
    static final int VERIFIED_RULES_HASH = 0x289747d6;
    private static final Collator COLLATOR = collator();
    // The collator locks while it makes a key: a copy per thread.
    private static final ThreadLocal<Collator> COLLATORS = ThreadLocal.withInitial(() -> (Collator) COLLATOR.clone());
    /** Per printable ASCII character, its primary and secondary key characters (0: none); null: no fast path. */
    private static final char[][] ASCII = asciiTable();

    private TitleKeys() {}

    static String key(String title) {
      if (ASCII == null) {
        return collatorKey(title);
      }
      char[] primary = ASCII[0];
      char[] secondary = ASCII[1];
      char[] key = new char[2 * title.length() + 2];
      int n = 0;
      for (int i = 0; i < title.length(); i++) {
        char c = title.charAt(i);
        if (c < ' ' || c > '~') {
          return collatorKey(title);
        }
        if (primary[c] != 0) {
          key[n++] = primary[c];
        }
      }
      key[n++] = 0;
      for (int i = 0; i < title.length(); i++) {
        char c = title.charAt(i);
        if (secondary[c] != 0) {
          key[n++] = secondary[c];
        }
      }
      key[n++] = 0;
      return new String(key, 0, n);
    }

    /** The collator's own key string, read back from its big-endian bytes (two per character). */
    static String collatorKey(String title) {
      byte[] bytes = COLLATORS.get().getCollationKey(title).toByteArray();
      char[] key = new char[bytes.length / 2];
      for (int i = 0; i < key.length; i++) {
        key[i] = (char) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
      }
      return new String(key);
    }

    static boolean fastPath() {
      return ASCII != null;
    }

    private static Collator collator() {
      Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-BE"));
      collator.setStrength(Collator.SECONDARY);
      return collator;
    }

    private static char[][] asciiTable() {
      if (!(COLLATOR instanceof RuleBasedCollator rules)
          || rules.getRules().hashCode() != VERIFIED_RULES_HASH
          || rules.getDecomposition() != Collator.NO_DECOMPOSITION) {
        return null;
      }
      char[] primary = new char[128];
      char[] secondary = new char[128];
      for (char c = ' '; c <= '~'; c++) {
        // The key of one character: an optional primary character, NUL, an optional secondary character, NUL.
        String key = collatorKey(String.valueOf(c));
        int nul = key.indexOf('\0');
        if (nul > 1 || key.length() < nul + 2 || key.length() > nul + 3 || key.charAt(key.length() - 1) != 0
            || key.indexOf('\0', nul + 1) != key.length() - 1) {
          return null;
        }
        primary[c] = nul == 1 ? key.charAt(0) : 0;
        secondary[c] = key.length() == nul + 3 ? key.charAt(nul + 1) : 0;
      }
      return new char[][] {primary, secondary};
    }
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
    // First one wins: duplicates are reported by the checker, and must not crash the build of the report.
    Map<String, T> map = new LinkedHashMap<>();
    for (T item : items) {
      map.putIfAbsent(id.apply(item), item);
    }
    return Map.copyOf(map);
  }

  private static Map<String, List<Occupation>> group(
      List<Occupation> occupations, Function<Occupation, List<String>> keys) {
    Map<String, List<Occupation>> map = new LinkedHashMap<>();
    for (Occupation o : occupations) {
      for (String key : keys.apply(o)) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      }
    }
    return map.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public SiteSettings settings() {
    return settings;
  }

  public Catalogue withSettings(SiteSettings newSettings) {
    return new Catalogue(this, newSettings);
  }

  public List<Occupation> occupations() {
    return occupations;
  }

  /** The occupations in Dutch alphabetical order of their titles. */
  public List<Occupation> occupationsByTitle() {
    return occupationsByTitle;
  }

  public List<Competency> competencies() {
    return competencies;
  }

  public List<KeySkill> keySkills() {
    return keySkills;
  }

  public Optional<Occupation> occupation(String id) {
    return Optional.ofNullable(occupationsById.get(id));
  }

  public Optional<Competency> competency(String id) {
    return Optional.ofNullable(competenciesById.get(id));
  }

  public Optional<KeySkill> keySkill(String id) {
    return Optional.ofNullable(keySkillsById.get(id));
  }

  /** Occupations that use the competency, A-Z. */
  public List<Occupation> occupationsUsingCompetency(String competencyId) {
    return occupationsByCompetency.getOrDefault(competencyId, List.of());
  }

  /** Occupations that ask for the key skill, A-Z. */
  public List<Occupation> occupationsAskingKeySkill(String keySkillId) {
    return occupationsByKeySkill.getOrDefault(keySkillId, List.of());
  }
}
