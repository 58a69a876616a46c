package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Sectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ways a catalogue is browsed besides search: its sectors (from the occupations' free-text {@code sector}) and
 * its ISCO-08 groups (every level of the occupations' {@code isco} codes), each with its occupations A-Z. Derived once
 * per catalogue; immutable.
 */
public final class Browse {
  /** A sector: its page id ({@link Sectors#id}), the name shown, and its occupations A-Z. */
  public record Sector(String id, String name, List<Occupation> occupations) {}

  /** An ISCO-08 group used by the catalogue: its occupations A-Z (its subgroups' included) and its subgroups' codes. */
  public record IscoGroup(String code, List<Occupation> occupations, List<String> subgroups) {}

  private final List<Sector> sectors;
  private final Map<String, Sector> sectorsById;
  private final Map<String, IscoGroup> groups;

  public Browse(Catalogue catalogue) {
    this.sectors = sectors(catalogue);
    Map<String, Sector> byId = new LinkedHashMap<>();
    sectors.forEach(s -> byId.put(s.id(), s));
    this.sectorsById = Map.copyOf(byId);
    this.groups = groups(catalogue);
  }

  private static List<Sector> sectors(Catalogue catalogue) {
    // Names with the same id ("ICT", "Ict") share one page, as their URL would be the same; check warns about them.
    Map<String, List<Occupation>> byId = new LinkedHashMap<>();
    for (Occupation o : catalogue.occupationsByTitle()) {
      String id = Sectors.id(o.sector());
      if (!id.isEmpty()) {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(o);
      }
    }
    Map<String, Map<String, Integer>> spellings = Sectors.spellings(catalogue.occupationsByTitle());
    List<Sector> sectors = new ArrayList<>();
    byId.forEach((id, occupations) -> sectors.add(new Sector(id, Sectors.preferred(spellings.get(id)), List.copyOf(occupations))));
    return Catalogue.sortedByTitle(sectors, Sector::name, Comparator.comparing(Sector::id));
  }

  private static Map<String, IscoGroup> groups(Catalogue catalogue) {
    Map<String, List<Occupation>> occupations = new TreeMap<>();
    for (Occupation o : catalogue.occupationsByTitle()) {
      if (o.isco().matches("[0-9]{1,4}")) {
        IscoGroups.chain(o.isco()).forEach(code -> occupations.computeIfAbsent(code, k -> new ArrayList<>()).add(o));
      }
    }
    Map<String, IscoGroup> groups = new TreeMap<>();
    occupations.forEach((code, list) -> groups.put(code, new IscoGroup(code, List.copyOf(list),
        occupations.keySet().stream().filter(c -> c.length() == code.length() + 1 && c.startsWith(code)).toList())));
    return Collections.unmodifiableMap(groups);
  }

  /** The sectors, A-Z by name. */
  public List<Sector> sectors() {
    return sectors;
  }

  public Optional<Sector> sector(String id) {
    return Optional.ofNullable(sectorsById.get(id));
  }

  /** Every ISCO group the catalogue uses, by code in code order (2, 26, 265, 2654, 3, ...). */
  public Map<String, IscoGroup> groups() {
    return groups;
  }

  public Optional<IscoGroup> group(String code) {
    return Optional.ofNullable(groups.get(code));
  }

  /** The major groups (one digit) the catalogue uses, in code order. */
  public List<IscoGroup> majorGroups() {
    return groups.values().stream().filter(g -> g.code().length() == 1).toList();
  }
}
