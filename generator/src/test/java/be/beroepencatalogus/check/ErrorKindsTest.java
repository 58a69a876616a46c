package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small broken catalogue per kind of mistake, with the exact line `check` prints for it. */
class ErrorKindsTest {
  @TempDir Path dir;

  private List<String> errors(FixtureSite site) {
    return new SiteBuilder().check(site.dir()).problems().stream().filter(Problem::isError).map(Problem::format).toList();
  }

  private String at(String file, int line, int column) {
    return dir.resolve(file) + ":" + line + ":" + column + ": error: ";
  }

  private FixtureSite withKokBody(String body) {
    return FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        competencies:
          basis: [koken]
        key_skills:
          - id: hygienisch-werken
            description: Proper werken.
        ---
        """ + body);
  }

  @Test
  void aLinkToAMissingCompetencySuggestsTheNearestId() {
    assertEquals(List.of(at("beroepen/kok.md", 11, 9) + "broken link '/competenties/kokken/' (did you mean /competenties/koken/?)"),
        errors(withKokBody("Je kookt.\n\nZie ook [koken](/competenties/kokken/).\n")));
  }

  @Test
  void aLinkToAMissingSkillAnchorSuggestsTheNearestAnchor() {
    assertEquals(List.of(at("beroepen/kok.md", 9, 5) + "link to a skill that does not exist: '/competenties/koken/#snijdt-groente' (did you mean #snijdt-groenten?)"),
        errors(withKokBody("Zie [snijden](/competenties/koken/#snijdt-groente).\n")));
  }

  @Test
  void aLinkWithoutItsTrailingSlashOrToAMarkdownFileIsBroken() {
    assertEquals(List.of(
        at("beroepen/kok.md", 9, 1) + "broken link '/competenties/koken' (site paths end with a slash: /competenties/koken/)",
        at("beroepen/kok.md", 11, 1) + "broken link '../competenties/koken.md' (link to pages with a path from the site's root, such as /competenties/<id>/ (not to .md files))"),
        errors(withKokBody("[a](/competenties/koken)\n\n[b](../competenties/koken.md)\n")));
  }

  @Test
  void workingSiteLinksAndExternalLinksPass() {
    assertEquals(List.of(), errors(withKokBody("""
        [plan](/beroepen/kok/opleidingsplan/) [pdf](/beroepen/kok/opleidingsplan.pdf) [zoek](/zoeken/?q=koken)
        [skill](/competenties/koken/#kent-de-recepten) [vdab](https://www.vdab.be/) [mail](mailto:info@example.org) [top](#top)
        """)));
  }

  @Test
  void aReferenceThatIsNotAnIdIsReportedAsSuch() {
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [../koken]\n---\nJe kookt.\n");
    assertEquals(List.of(at("beroepen/kok.md", 4, 11) + "invalid competency id '../koken' (ids are file names without .md: only a-z, 0-9 and '-')"),
        errors(site));
  }

  @Test
  void aKeyGivenTwiceIsReportedAtTheSecond() {
    FixtureSite site = FixtureSite.minimal(dir).file("sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: A\ntitle: B\n---\nProper.\n");
    assertEquals(List.of(at("sleutelvaardigheden/hygienisch-werken.md", 3, 1) + "'title' appears twice (keep one of them)"), errors(site));
  }

  @Test
  void anEmptyRequiredValueIsReported() {
    FixtureSite site = FixtureSite.minimal(dir).file("sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: \"\"\n---\nProper.\n");
    assertEquals(List.of(at("sleutelvaardigheden/hygienisch-werken.md", 2, 8) + "'title' is empty (the key skill's name, such as 'title: Flexibel zijn')"),
        errors(site));
  }

  @Test
  void aTitleThatIsAListIsAWrongType() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/koken.md", "---\ntitle: [a, b]\n---\n## Kookt\n\nSnel.\n");
    assertEquals(List.of(at("competenties/koken.md", 2, 8) + "'title' must be text, not a list"), errors(site));
  }

  @Test
  void anUnclosedFrontMatterIsReported() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/koken.md", "---\ntitle: Koken\n## Kookt\n\nSnel.\n");
    assertEquals(List.of(at("competenties/koken.md", 1, 1) + "the front matter is not closed (end it with a line '---')"), errors(site));
  }

  @Test
  void aLevelOneHeadingInACompetencyIsReported() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/koken.md", "---\ntitle: Koken\n---\n# Koken\n\n## Kookt\n\nSnel.\n");
    assertEquals(List.of(at("competenties/koken.md", 4, 1)
        + "a '#' heading in a competency (the competency's title is 'title:' in the front matter; start each skill with '## ')"), errors(site));
  }
}
