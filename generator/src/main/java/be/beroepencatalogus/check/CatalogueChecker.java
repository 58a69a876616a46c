package be.beroepencatalogus.check;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.InternalLink;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Slugs;
import be.beroepencatalogus.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules across files: ids are unique per kind, every reference points at an existing competency or key
 * skill, nothing is referenced twice by one occupation, and unused competencies and key skills are flagged.
 */
public final class CatalogueChecker {

  public List<Problem> check(Catalogue catalogue) {
    return check(catalogue, List.of(), Set.of());
  }

  /**
   * As {@link #check(Catalogue)}, and every site link of the authors' Markdown must reach a page.
   * {@code unreadable} names files that exist but could not be read ("competenties/koken"), or folders whose
   * files could not be listed ("competenties/*"): references to them are not reported again as missing. When an
   * occupation could not be read, what it uses is not known, so nothing is reported as unused.
   */
  public List<Problem> check(Catalogue catalogue, List<InternalLink> links, Set<String> unreadable) {
    List<Problem> problems = new ArrayList<>();
    LinkRules.check(catalogue, links, problems);
    BrowseRules.check(catalogue, problems);
    duplicateIds(catalogue.occupations(), Occupation::id, Occupation::source, "occupation", problems);
    duplicateIds(catalogue.competencies(), Competency::id, Competency::source, "competency", problems);
    duplicateIds(catalogue.keySkills(), KeySkill::id, KeySkill::source, "key skill", problems);
    Set<String> competencyIds = ids(catalogue.competencies(), Competency::id);
    Set<String> keySkillIds = ids(catalogue.keySkills(), KeySkill::id);
    Suggestions competencySuggestions = new Suggestions(competencyIds);
    Suggestions keySkillSuggestions = new Suggestions(keySkillIds);
    // One occupation with a YAML error would otherwise make the catalogue look empty, and each competency only it
    // uses look unused: what an occupation that could not be read uses is not known.
    boolean occupationsUnread = unreadable.stream().anyMatch(u -> u.startsWith("beroepen/"));
    if (catalogue.occupations().isEmpty() && !occupationsUnread) {
      problems.add(Problem.warning(catalogue.settings().source(), "the catalogue has no occupations", "add one with: ./catalog new occupation \"Titel\""));
    }
    for (Occupation occupation : catalogue.occupations()) {
      Set<String> seen = new HashSet<>();
      for (CompetencyUse use : occupation.competencies()) {
        if (!Slugs.isValidId(use.competencyId())) {
          problems.add(Problem.error(use.source(), "invalid competency id '" + use.competencyId() + "'", "ids are file names without .md: only a-z, 0-9 and '-'"));
        } else if (!competencyIds.contains(use.competencyId()) && !unread(unreadable, "competenties", use.competencyId())) {
          problems.add(Problem.error(use.source(), "unknown competency '" + use.competencyId() + "'", suggestion(use.competencyId(), competencySuggestions, "competency")));
        } else if (!seen.add(use.competencyId())) {
          problems.add(Problem.error(use.source(), "competency '" + use.competencyId() + "' is listed twice", "keep it in one group only"));
        }
      }
      Set<String> seenKeySkills = new HashSet<>();
      for (KeySkillUse use : occupation.keySkills()) {
        if (!Slugs.isValidId(use.keySkillId())) {
          problems.add(Problem.error(use.source(), "invalid key skill id '" + use.keySkillId() + "'", "ids are file names without .md: only a-z, 0-9 and '-'"));
        } else if (!keySkillIds.contains(use.keySkillId()) && !unread(unreadable, "sleutelvaardigheden", use.keySkillId())) {
          problems.add(Problem.error(use.source(), "unknown key skill '" + use.keySkillId() + "'", suggestion(use.keySkillId(), keySkillSuggestions, "key skill")));
        } else if (!seenKeySkills.add(use.keySkillId())) {
          problems.add(Problem.error(use.source(), "key skill '" + use.keySkillId() + "' is listed twice", "keep one entry"));
        }
      }
    }
    if (occupationsUnread) {
      return problems;
    }
    for (Competency competency : catalogue.competencies()) {
      if (catalogue.occupationsUsingCompetency(competency.id()).isEmpty()) {
        problems.add(Problem.warning(competency.source(), "competency '" + competency.id() + "' is not used by any occupation", "list it under 'competencies:' in an occupation"));
      }
    }
    for (KeySkill keySkill : catalogue.keySkills()) {
      if (catalogue.occupationsAskingKeySkill(keySkill.id()).isEmpty()) {
        problems.add(Problem.warning(keySkill.source(), "key skill '" + keySkill.id() + "' is not used by any occupation", "list it under 'key_skills:' in an occupation"));
      }
    }
    return problems;
  }

  private static boolean unread(Set<String> unreadable, String folder, String id) {
    return unreadable.contains(folder + "/" + id) || unreadable.contains(folder + "/*");
  }

  private static String suggestion(String id, Suggestions known, String kind) {
    return known.closest(id)
        .map(k -> "did you mean '" + k + "'?")
        .orElse("there is no " + kind + " file named " + id + ".md");
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    items.forEach(i -> ids.add(id.apply(i)));
    return ids;
  }

  private static <T> void duplicateIds(List<T> items, Function<T, String> id, Function<T, SourceRef> source, String kind, List<Problem> problems) {
    Map<String, T> first = new HashMap<>();
    for (T item : items) {
      T earlier = first.putIfAbsent(id.apply(item), item);
      if (earlier != null) {
        problems.add(Problem.error(source.apply(item), "duplicate " + kind + " id '" + id.apply(item) + "', also used by " + source.apply(earlier).path(), "ids must be unique: rename one of the files"));
      }
    }
  }
}
