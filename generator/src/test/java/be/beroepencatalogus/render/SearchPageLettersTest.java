package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a large catalogue the no-JavaScript list of all pages is split into a page per letter. */
class SearchPageLettersTest {
  @TempDir Path dir;

  @Test
  void aLargeCatalogueGetsOneListPagePerLetterAndEveryEntryIsOnOne() throws IOException {
    FixtureSite site = FixtureSite.in(dir.resolve("content"));
    StringBuilder competencies = new StringBuilder();
    int count = 0;
    for (char letter = 'a'; letter <= 'z'; letter++) {
      for (int i = 0; i < 6; i++) {
        String id = letter + "-competentie-" + i;
        competencies.append("    - ").append(id).append('\n');
        site.file("competenties/" + id + ".md", "---\ntitle: " + Character.toUpperCase(letter) + "competentie " + i + "\n---\n"
            + "## " + Character.toUpperCase(letter) + "vaardigheid een\n\nOefenen.\n\n## " + Character.toUpperCase(letter) + "vaardigheid twee\n\nOefenen.\n\n"
            + "## " + Character.toUpperCase(letter) + "vaardigheid drie\n\nOefenen.\n\n## " + Character.toUpperCase(letter) + "vaardigheid vier\n\nOefenen.\n");
        count += 5;
      }
    }
    site.file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis:\n" + competencies + "---\nTekst.\n");
    count += 1;
    assertTrue(count > PageRenderer.SEARCH_LIST_LIMIT);
    assertTrue(new SiteBuilder().build(new BuildOptions(site.dir(), dir.resolve("site"), Optional.empty())).succeeded());
    BuiltSite built = new BuiltSite(dir.resolve("site"));

    Document search = built.page("/zoeken/");
    assertEquals(0, search.select(".all-pages li").size());
    assertEquals(26, search.select("nav.letters a").size());
    assertEquals("/zoeken/k/", search.selectFirst("nav.letters a:contains(K)").attr("href"));

    int listed = 0;
    for (char letter = 'a'; letter <= 'z'; letter++) {
      Document page = built.page("/zoeken/" + letter + "/");
      assertEquals(String.valueOf(Character.toUpperCase(letter)), page.selectFirst("nav.letters [aria-current=page]").text());
      String start = String.valueOf(letter);
      assertTrue(page.select(".all-pages li a").eachText().stream().allMatch(t -> t.toLowerCase().startsWith(start)));
      listed += page.select(".all-pages li").size();
    }
    assertEquals(count, listed);
  }
}
