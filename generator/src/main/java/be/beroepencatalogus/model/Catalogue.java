package be.beroepencatalogus.model;

import java.text.CollationKey;
import java.text.Collator;
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
    List<CollationKey> keys = titles.parallelStream().map(TitleKeys::key).toList();
    Integer[] order = new Integer[titles.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer, CollationKey>comparing(keys::get).thenComparing(titles::get));
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
   * Collation keys of titles for the Dutch (nl-BE) collator at SECONDARY strength (case ignored, accents not).
   * Keys of one collator compare as the collator does, so a sort by key is a sort by the collator.
   */
  private static final class TitleKeys {
    private static final Collator COLLATOR = collator();
    // The collator locks while it makes a key: a copy per thread.
    private static final ThreadLocal<Collator> COLLATORS = ThreadLocal.withInitial(() -> (Collator) COLLATOR.clone());

    private TitleKeys() {}

    static CollationKey key(String title) {
      return COLLATORS.get().getCollationKey(title);
    }

    private static Collator collator() {
      Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-BE"));
      collator.setStrength(Collator.SECONDARY);
      return collator;
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
