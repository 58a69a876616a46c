package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCheckerTest {
  @TempDir Path dir;

  private List<String> check(FixtureSite site) {
    LoadResult loaded = new ContentLoader().load(site.dir());
    assertEquals(List.of(), loaded.problems(), "the fixture itself must load cleanly");
    return new CatalogueChecker().check(loaded.catalogue()).stream().sorted(Problem.BY_POSITION).map(Problem::format).toList();
  }

  @Test
  void aCompleteCatalogueHasNoProblems() {
    assertEquals(List.of(), check(FixtureSite.minimal(dir)));
  }

  @Test
  void aReferenceToAMissingCompetencyIsReportedAtTheLineOfTheReference() {
    List<String> problems = check(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        competencies:
          basis:
            - koken
            - kokken
        key_skills:
          - id: hygienisch-werk
            description: Proper werken.
        ---
        Tekst.
        """));

    String file = dir.resolve("beroepen/kok.md").toString();
    assertEquals(List.of(
        file + ":6:7: error: unknown competency 'kokken' (did you mean 'koken'?)",
        file + ":8:9: error: unknown key skill 'hygienisch-werk' (did you mean 'hygienisch-werken'?)",
        dir.resolve("sleutelvaardigheden/hygienisch-werken.md") + ":1:1: warning: key skill 'hygienisch-werken' is not used by any occupation (list it under 'key_skills:' in an occupation)"),
        problems);
  }

  @Test
  void aCompetencyListedTwiceIsAnError() {
    List<String> problems = check(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        competencies:
          basis: [koken]
          specifiek: [koken]
        key_skills:
          - id: hygienisch-werken
            description: Proper werken.
        ---
        Tekst.
        """));

    assertEquals(List.of(dir.resolve("beroepen/kok.md") + ":5:15: error: competency 'koken' is listed twice (keep it in one group only)"), problems);
  }

  @Test
  void duplicateIdsInSubfoldersNameBothFiles() {
    List<String> problems = check(FixtureSite.minimal(dir).file("competenties/extra/koken.md", "---\ntitle: Nog eens koken\n---\n## Kookt\n\nSnel.\n"));

    assertEquals(List.of(dir.resolve("competenties/koken.md") + ":1:1: error: duplicate competency id 'koken', also used by "
        + dir.resolve("competenties/extra/koken.md") + " (ids must be unique: rename one of the files)"), problems);
  }

  @Test
  void unusedCompetenciesAreWarningsNotErrors() {
    List<String> problems = check(FixtureSite.minimal(dir).file("competenties/bakken.md", "---\ntitle: Bakken\n---\n## Kneedt\n\nDeeg.\n"));

    assertEquals(List.of(dir.resolve("competenties/bakken.md")
        + ":1:1: warning: competency 'bakken' is not used by any occupation (list it under 'competencies:' in an occupation)"), problems);
  }
}
