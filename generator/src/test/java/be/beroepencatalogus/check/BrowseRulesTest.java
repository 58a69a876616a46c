package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What check says about ids that are letter pages of the A-Z lists, and about a sector spelled two ways. */
class BrowseRulesTest {
  @TempDir Path dir;

  private static String occupation(String title, String sector) {
    return "---\ntitle: " + title + "\nsector: " + sector + "\ncompetencies:\n  basis:\n    - koken\n---\n\nTekst.\n";
  }

  private List<String> problems(FixtureSite site) {
    return new SiteBuilder().check(site.dir()).problems().stream().map(Problem::format).toList();
  }

  @Test
  void aSectorSpelledTwoWaysIsAWarningAtTheLessUsedSpelling() {
    FixtureSite site = FixtureSite.minimal(dir)
        .file("beroepen/programmeur.md", occupation("Programmeur", "ICT"))
        .file("beroepen/analist.md", occupation("Analist", "ICT"))
        .file("beroepen/helpdesk.md", occupation("Helpdesk", "Ict"));

    List<String> problems = problems(site);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("beroepen/helpdesk.md:1:1: warning: sector 'Ict' is spelled 'ICT' by other occupations; both show as 'ICT' on one sector page"
        + " (write 'sector: ICT')", problems.get(0).replaceFirst("^.*?beroepen/", "beroepen/"));
  }

  @Test
  void anIdOfOneLetterIsAnErrorAsItIsTheAddressOfALetterPage() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/x.md", "---\ntitle: X\n---\n\n## Doet x\n\nOefenen.\n")
        .file("beroepen/0-9.md", "---\ntitle: Nul tot negen\ncompetencies:\n  basis:\n    - x\n---\n\nTekst.\n");

    List<String> problems = problems(site);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals(true, problems.stream().anyMatch(p -> p.contains("occupation id '0-9' is the address of a page of the A-Z list (/beroepen/0-9/)")));
    assertEquals(true, problems.stream().anyMatch(p -> p.contains("competency id 'x' is the address of a page of the A-Z list (/competenties/x/)")));
  }
}
