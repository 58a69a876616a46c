package be.beroepencatalogus.check;

import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.esco.EscoMatcher;
import be.beroepencatalogus.esco.EscoOccupation;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Occupations against the catalogue's ESCO list: an {@code esco:} URI must be in it (an error, with the occupation's
 * best match by label as a suggestion), and an {@code isco:} code must be the list's ISCO group for that URI or a group
 * that contains it (a warning: a catalogue may group an occupation otherwise on purpose). Without a list, only the
 * shapes are checked, by the loader.
 */
public final class EscoRules {
  private EscoRules() {}

  public static List<Problem> check(Catalogue catalogue, Optional<EscoList> list) {
    List<Problem> problems = new ArrayList<>();
    if (list.isEmpty()) {
      return problems;
    }
    EscoMatcher matcher = null; // made only for an unknown URI: the index costs more than all the other checks
    try {
      for (Occupation occupation : catalogue.occupations()) {
        if (occupation.esco().isEmpty()) {
          continue;
        }
        Optional<EscoOccupation> linked = list.get().byUri(occupation.esco());
        if (linked.isEmpty()) {
          matcher = matcher == null ? new EscoMatcher(list.get()) : matcher;
          problems.add(Problem.error(occupation.escoSource(), "unknown esco '" + occupation.esco() + "': not in the ESCO list " + list.get().file(),
              suggestion(matcher, occupation)));
        } else if (!occupation.isco().isEmpty() && !linked.get().inIscoGroup(occupation.isco())) {
          problems.add(Problem.warning(occupation.iscoSource(), "isco '" + occupation.isco() + "' differs from the ESCO list's ISCO group "
              + linked.get().iscoGroup() + " for " + linked.get().preferredLabel(), "write 'isco: \"" + linked.get().iscoGroup() + "\"', or a group that contains it"));
        }
      }
    } finally {
      if (matcher != null) {
        matcher.close();
      }
    }
    return problems;
  }

  private static String suggestion(EscoMatcher matcher, Occupation occupation) {
    List<String> texts = new ArrayList<>();
    texts.add(occupation.title());
    texts.addAll(occupation.aliases());
    return matcher.candidates(texts, 1).stream().findFirst()
        .map(c -> "did you mean " + c.occupation().uri() + " (" + c.occupation().preferredLabel() + ")?")
        .orElse("find the occupation on esco.ec.europa.eu, or list candidates with ./catalog esco suggest");
  }
}
