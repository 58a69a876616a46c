package be.beroepencatalogus.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The occupations related to an occupation, for "where else does this training lead": first those sharing the most
 * competencies, each shared competency weighted by how rare it is in the catalogue (a competency that half the
 * catalogue uses says little), then those of the same ISCO unit group. Computed for one occupation when asked, from
 * the catalogue's reverse relations, so that serve pays only for the page it renders.
 */
public final class RelatedOccupations {
  /** At most this many related occupations per occupation. */
  public static final int LIMIT = 6;

  private final Catalogue catalogue;
  private final Map<String, List<Occupation>> byIscoUnitGroup = new HashMap<>();
  private final Map<String, Integer> titleRanks = new HashMap<>();

  /** One related occupation, with the competencies the two share (rarest first) and whether their ISCO unit group is the same. */
  public record Related(Occupation occupation, List<Competency> shared, boolean sameIscoGroup) {
    public Related {
      shared = List.copyOf(shared);
    }
  }

  public RelatedOccupations(Catalogue catalogue) {
    this.catalogue = catalogue;
    for (Occupation o : catalogue.occupationsByTitle()) {
      titleRanks.putIfAbsent(o.id(), titleRanks.size());
      if (o.isco().length() == 4) {
        byIscoUnitGroup.computeIfAbsent(o.isco(), k -> new ArrayList<>()).add(o);
      }
    }
  }

  /** Up to {@link #LIMIT} occupations related to {@code occupation}, the most related first; ties in title order. */
  public List<Related> of(Occupation occupation) {
    int total = catalogue.occupations().size();
    // By occupation id: records hash every field, and ids are unique in a catalogue that builds.
    Map<String, Double> scores = new HashMap<>();
    Map<String, List<Competency>> shared = new HashMap<>();
    for (Competency competency : competenciesOf(occupation)) {
      List<Occupation> users = catalogue.occupationsUsingCompetency(competency.id());
      // Inverse document frequency: about 0.1 for a competency every occupation uses, 7.4 for one two of 3,000 share.
      double weight = Math.log((total + 1.0) / users.size()) + 0.1;
      for (Occupation user : users) {
        if (!user.id().equals(occupation.id())) {
          scores.merge(user.id(), weight, Double::sum);
          shared.computeIfAbsent(user.id(), k -> new ArrayList<>()).add(competency);
        }
      }
    }
    for (Occupation sameGroup : byIscoUnitGroup.getOrDefault(occupation.isco(), List.of())) {
      if (!sameGroup.id().equals(occupation.id())) {
        scores.putIfAbsent(sameGroup.id(), 0.0);
      }
    }
    return scores.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
            .thenComparing(e -> !sameIscoGroup(occupation, e.getKey()))
            .thenComparingInt(e -> titleRanks.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
        .limit(LIMIT)
        .map(e -> new Related(catalogue.occupation(e.getKey()).orElseThrow(),
            rarestFirst(shared.getOrDefault(e.getKey(), List.of())), sameIscoGroup(occupation, e.getKey())))
        .toList();
  }

  private List<Competency> competenciesOf(Occupation occupation) {
    return occupation.competencies().stream()
        .map(CompetencyUse::competencyId)
        .distinct()
        .flatMap(id -> catalogue.competency(id).stream())
        .toList();
  }

  private List<Competency> rarestFirst(List<Competency> competencies) {
    // A stable sort: competencies used equally often keep the occupation's order.
    return competencies.stream()
        .sorted(Comparator.comparingInt(c -> catalogue.occupationsUsingCompetency(c.id()).size()))
        .toList();
  }

  private boolean sameIscoGroup(Occupation occupation, String otherId) {
    return occupation.isco().length() == 4 && catalogue.occupation(otherId).map(Occupation::isco).orElse("").equals(occupation.isco());
  }
}
