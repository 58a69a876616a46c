package be.beroepencatalogus.check;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Sectors;
import be.beroepencatalogus.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules for the pages a catalogue is browsed by: the A-Z lists' letter pages ({@code /beroepen/a/}, {@code /0-9/})
 * share their folder with the pages of the ids, so a one-letter id would take a letter's place; and one sector spelled
 * two ways ("ICT", "Ict") gets one page, under the spelling most occupations use, which authors should know.
 */
final class BrowseRules {
  private static final Pattern LETTER_PAGE = Pattern.compile("[a-z]|0-9");

  private BrowseRules() {}

  static void check(Catalogue catalogue, List<Problem> problems) {
    catalogue.occupations().forEach(o -> letterId(o.id(), o.source(), "occupation", "/beroepen/", problems));
    catalogue.competencies().forEach(c -> letterId(c.id(), c.source(), "competency", "/competenties/", problems));
    catalogue.keySkills().forEach(k -> letterId(k.id(), k.source(), "key skill", "/sleutelvaardigheden/", problems));
    Map<String, Map<String, Integer>> spellings = Sectors.spellings(catalogue.occupations());
    for (Occupation o : catalogue.occupations()) {
      Map<String, Integer> ofSector = spellings.get(Sectors.id(o.sector()));
      if (ofSector == null || ofSector.size() < 2) {
        continue;
      }
      String preferred = Sectors.preferred(ofSector);
      if (!preferred.equals(o.sector().strip())) {
        problems.add(Problem.warning(o.source(), "sector '" + o.sector().strip() + "' is spelled '" + preferred + "' by other occupations; both show as '"
            + preferred + "' on one sector page", "write 'sector: " + preferred + "'"));
      }
    }
  }

  private static void letterId(String id, SourceRef source, String kind, String list, List<Problem> problems) {
    if (LETTER_PAGE.matcher(id).matches()) {
      problems.add(Problem.error(source, kind + " id '" + id + "' is the address of a page of the A-Z list (" + list + id + "/)",
          "rename the file to a longer id"));
    }
  }
}
