package be.beroepencatalogus.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The occupations related to an occupation, for "where else does this training lead": first those sharing the most
 * competencies, each shared competency weighted by how rare it is in the catalogue (a competency that half the
 * catalogue uses says little), then those of the same ISCO unit group. Computed for one occupation when asked, so
 * that serve pays only for the page it renders.
 */
public final class RelatedOccupations {
  /** At most this many related occupations per occupation. */
  public static final int LIMIT = 6;

  /** The occupations in title order: an occupation is its index here, so that scores fit in an array. */
  private final List<Occupation> byTitle;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final Map<String, int[]> usersByCompetency = new HashMap<>();
  private final Map<String, List<Integer>> byIscoUnitGroup = new HashMap<>();
  private final Catalogue catalogue;

  /** One related occupation, with the competencies the two share (rarest first) and whether their ISCO unit group is the same. */
  public record Related(Occupation occupation, List<Competency> shared, boolean sameIscoGroup) {
    public Related {
      shared = List.copyOf(shared);
    }
  }

  public RelatedOccupations(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.byTitle = catalogue.occupationsByTitle();
    for (int i = 0; i < byTitle.size(); i++) {
      Occupation o = byTitle.get(i);
      indexById.putIfAbsent(o.id(), i);
      if (o.isco().length() == 4) {
        byIscoUnitGroup.computeIfAbsent(o.isco(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Competency c : catalogue.competencies()) {
      usersByCompetency.put(c.id(), catalogue.occupationsUsingCompetency(c.id()).stream().mapToInt(o -> indexById.get(o.id())).toArray());
    }
  }

  /** Up to {@link #LIMIT} occupations related to {@code occupation}, the most related first; ties in title order. */
  public List<Related> of(Occupation occupation) {
    Integer self = indexById.get(occupation.id());
    if (self == null) {
      return List.of();
    }
    // Hundreds of occupations can share a common competency (in the ESCO demo, 3,000 occupations have 2.5 million
    // such pairs): scores by index in an array, the best few kept while counting instead of sorting them all, and
    // the shared competencies named for those few only.
    double[] scores = new double[byTitle.size()];
    List<Competency> own = competenciesOf(occupation);
    for (Competency competency : own) {
      int[] users = usersByCompetency.getOrDefault(competency.id(), new int[0]);
      double weight = weight(users.length);
      for (int user : users) {
        scores[user] += weight;
      }
    }
    String unitGroup = occupation.isco().length() == 4 ? occupation.isco() : null;
    boolean[] sameGroup = new boolean[byTitle.size()];
    if (unitGroup != null) {
      byIscoUnitGroup.get(unitGroup).forEach(i -> sameGroup[i] = true);
    }
    int[] best = new int[LIMIT];
    int found = 0;
    for (int i = 0; i < scores.length; i++) {
      if (i == self || (scores[i] == 0 && !sameGroup[i])) {
        continue;
      }
      // Indexes rise in title order, so an equal one found later never goes before: ties stay in title order.
      if (found < LIMIT || before(i, best[found - 1], scores, sameGroup)) {
        int at = Math.min(found, LIMIT - 1);
        while (at > 0 && before(i, best[at - 1], scores, sameGroup)) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = i;
        found = Math.min(found + 1, LIMIT);
      }
    }
    List<Related> related = new ArrayList<>();
    for (int k = 0; k < found; k++) {
      Occupation other = byTitle.get(best[k]);
      related.add(new Related(other, rarestFirst(shared(own, other)), sameGroup[best[k]]));
    }
    return related;
  }

  private static boolean before(int a, int b, double[] scores, boolean[] sameGroup) {
    if (scores[a] != scores[b]) {
      return scores[a] > scores[b];
    }
    return sameGroup[a] && !sameGroup[b];
  }

  /** Inverse document frequency: about 0.1 for a competency every occupation uses, 7.4 for one two of 3,000 share. */
  private double weight(int users) {
    return Math.log((byTitle.size() + 1.0) / users) + 0.1;
  }

  private List<Competency> competenciesOf(Occupation occupation) {
    return occupation.competencies().stream()
        .map(CompetencyUse::competencyId)
        .distinct()
        .flatMap(id -> catalogue.competency(id).stream())
        .toList();
  }

  private List<Competency> shared(List<Competency> own, Occupation other) {
    Set<String> theirs = new LinkedHashSet<>();
    other.competencies().forEach(use -> theirs.add(use.competencyId()));
    return own.stream().filter(c -> theirs.contains(c.id())).toList();
  }

  private List<Competency> rarestFirst(List<Competency> competencies) {
    // A stable sort: competencies used equally often keep the occupation's order.
    return competencies.stream()
        .sorted(Comparator.comparingInt(c -> usersByCompetency.getOrDefault(c.id(), new int[0]).length))
        .toList();
  }
}
