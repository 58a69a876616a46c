package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browse pages of a large catalogue made here from code (1,200 occupations, 450 of them under B): lists split into
 * a page per letter, a long letter over numbered pages, every page small, and serve rendering each as the build does.
 */
class LargeCatalogueBrowseTest {
  static final int OCCUPATIONS = 1200;
  static final int UNDER_B = 450;
  /** Letters the other titles start with: no Q, U, X, Y or Z, so the index has letters without entries. */
  static final String OTHER_LETTERS = "ACDEFGHIJKLMNOPRSTVW";
  static final List<String> ISCO = List.of("2654", "2611", "4222", "7115", "8111", "26", "3");
  static final int MAX_PAGE_BYTES = 300 * 1024;

  @TempDir static Path dir;
  static FixtureSite content;
  static BuiltSite site;
  static SiteSession session;

  @BeforeAll
  static void build() throws Exception {
    content = FixtureSite.in(dir.resolve("content"))
        .file("competenties/werken.md", "---\ntitle: Werken\n---\n\n## Doet het werk\n\nTonen en laten oefenen.\n")
        .file("sleutelvaardigheden/samenwerken.md", "---\ntitle: Samenwerken\n---\n\nJe werkt samen.\n");
    for (int i = 0; i < OCCUPATIONS; i++) {
      content.file("beroepen/beroep-" + i + ".md", "---\ntitle: \"" + title(i) + "\"\n"
          + "aliases: [\"eerste andere naam " + i + "\", \"tweede andere naam " + i + "\", \"derde andere naam " + i + "\", \"vierde " + i + "\"]\n"
          + "sector: \"" + sector(i) + "\"\nisco: \"" + ISCO.get(i % ISCO.size()) + "\"\n"
          + "competencies:\n  basis:\n    - werken\nkey_skills:\n  - id: samenwerken\n    description: Met collega's.\n---\n\n"
          + "Een beroep om te testen: nummer " + i + ".\n");
    }
    BuildResult result = new SiteBuilder().build(new BuildOptions(content.dir(), dir.resolve("site"), Optional.of("/"), dir.resolve("cache"), PdfMode.NONE));
    assertTrue(result.succeeded(), result.problems().toString());
    site = new BuiltSite(dir.resolve("site"));
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  static String title(int i) {
    String number = String.format("%04d", i);
    return i < UNDER_B ? "Bediener " + number : OTHER_LETTERS.charAt(i % OTHER_LETTERS.length()) + "beroep " + number;
  }

  /** Mostly "ICT", sometimes "Ict": one sector, two spellings of it. */
  static String sector(int i) {
    return switch (i % 5) {
      case 0, 1 -> "Zorg en welzijn";
      case 2 -> "Bouw";
      default -> i % 10 == 4 ? "Ict" : "ICT";
    };
  }

  @Test
  void noPageIsOver300KilobytesAndEveryOccupationIsOnExactlyOneLetterPage() {
    Map<String, byte[]> files = site.files();
    files.forEach((path, bytes) -> {
      if (path.endsWith(".html")) {
        assertTrue(bytes.length < MAX_PAGE_BYTES, path + ": " + bytes.length + " bytes");
      }
    });
    List<String> listed = new ArrayList<>();
    files.keySet().stream().filter(p -> p.matches("beroepen/([a-z]|0-9)/(\\d+/)?index\\.html")).sorted()
        .forEach(p -> listed.addAll(site.page("/" + p.replace("index.html", "")).select(".entry-list a").eachText()));
    assertEquals(OCCUPATIONS, listed.size());
    assertEquals(OCCUPATIONS, listed.stream().distinct().count());
  }

  @Test
  void theListOfAllOccupationsLinksToAPagePerLetterAndListsNoneItself() {
    Document page = site.page("/beroepen/");

    assertEquals(0, page.select(".entry-list li").size());
    assertEquals(26, page.select("nav.letters li").size());
    assertEquals("/beroepen/b/", page.selectFirst("nav.letters a:contains(B)").attr("href"));
    assertEquals(List.of("Q", "U", "X", "Y", "Z"), page.select("nav.letters .empty").eachText());
    assertEquals(21, page.select("nav.letters a").size());
  }

  @Test
  void aLongLetterGoesOnOverNumberedPagesWithPreviousAndNextLinks() {
    Document first = site.page("/beroepen/b/");
    Document second = site.page("/beroepen/b/2/");
    Document third = site.page("/beroepen/b/3/");

    assertEquals("Beroepen met B", first.selectFirst("h1").text());
    assertEquals("pagina 1 van 3", first.selectFirst(".page-of").text());
    assertEquals("pagina 2 van 3", second.selectFirst(".page-of").text());
    assertEquals("Beroepen met B, pagina 2 van 3 · Testcatalogus", second.title());
    assertEquals(List.of("Start", "Alle beroepen", "B (2/3)"), second.select(".breadcrumbs li").eachText());
    assertNull(first.selectFirst(".pagination a[rel=prev]"));
    assertEquals("/beroepen/b/2/", first.selectFirst(".pagination a[rel=next]").attr("href"));
    assertEquals("/beroepen/b/", second.selectFirst(".pagination a[rel=prev]").attr("href"));
    assertEquals("/beroepen/b/3/", second.selectFirst(".pagination a[rel=next]").attr("href"));
    assertEquals("/beroepen/b/2/", third.selectFirst(".pagination a[rel=prev]").attr("href"));
    assertNull(third.selectFirst(".pagination a[rel=next]"));
    assertEquals("2", second.selectFirst(".pagination [aria-current=page]").text());
    // Even pages, in Dutch order, each title once; at most three aliases each.
    List<String> titles = new ArrayList<>();
    for (Document page : List.of(first, second, third)) {
      assertEquals(UNDER_B / 3, page.select(".entry-list li").size());
      titles.addAll(page.select(".entry-list a").eachText());
    }
    assertEquals(titles.stream().sorted().toList(), titles);
    assertEquals("Bediener 0000", titles.get(0));
    assertEquals("Bediener 0449", titles.get(UNDER_B - 1));
    assertEquals("ook: eerste andere naam 0, tweede andere naam 0, derde andere naam 0, … · ISCO 2654",
        first.selectFirst(".entry-list li .notes").text());
    assertEquals("B", first.selectFirst("nav.letters [aria-current=page]").text());
  }

  @Test
  void twoSpellingsOfASectorShareOnePageUnderTheMostUsedSpelling() {
    Document sectors = site.page("/sectoren/");
    assertEquals(List.of("Bouw 240 beroepen", "ICT 480 beroepen", "Zorg en welzijn 480 beroepen"), sectors.select(".group-list li").eachText());

    Document ict = site.page("/sectoren/ict/");
    assertEquals("ICT", ict.selectFirst("h1").text());
    // Over 250 occupations: a page per letter, as for all occupations.
    assertEquals(0, ict.select(".entry-list li").size());
    assertEquals("/sectoren/ict/b/", ict.selectFirst("nav.letters a:contains(B)").attr("href"));
    Document b = site.page("/sectoren/ict/b/");
    assertEquals("ICT: beroepen met B", b.selectFirst("h1").text());
    assertEquals(List.of("Start", "Sectoren", "ICT", "B"), b.select(".breadcrumbs li").eachText());
  }

  @Test
  void iscoGroupsAtEveryLevelTheCatalogueUses() {
    Document major = site.page("/beroepsgroepen/2/");
    assertEquals("2 Intellectuele, wetenschappelijke en artistieke beroepen", major.selectFirst("h1").text());
    assertEquals(List.of("26 Specialisten op het gebied van recht, maatschappij en cultuur 515 beroepen"),
        major.select(".group-list li").eachText());
    assertEquals("/beroepsgroepen/2/b/", major.selectFirst("nav.letters a:contains(B)").attr("href"));

    Document subMajor = site.page("/beroepsgroepen/26/");
    assertEquals(List.of("/beroepsgroepen/261/", "/beroepsgroepen/265/"), subMajor.select(".group-list a").eachAttr("href"));

    Document three = site.page("/beroepsgroepen/3/");
    assertEquals("3 Technici en vakspecialisten", three.selectFirst("h1").text());
    assertEquals(0, three.select(".group-list").size());
    assertEquals(171, three.select(".entry-list li").size());

    Document groups = site.page("/beroepsgroepen/");
    assertEquals(Arrays.asList("2", "3", "4", "7", "8"),
        groups.select(".group-list a").eachText().stream().map(t -> t.substring(0, 1)).toList());
  }

  @Test
  void serveRendersEveryBrowsePageAsTheBuildWroteIt() throws IOException {
    session = new SiteBuilder().session(content.dir(), dir.resolve("serve"), dir.resolve("serve-cache"), "/");
    assertTrue(session.start().ok());
    Map<String, String> different = new TreeMap<>();
    site.files().forEach((path, bytes) -> {
      if (path.matches("(beroepen|competenties|sleutelvaardigheden|sectoren|beroepsgroepen)/([^/]+/)*index\\.html") || path.equals("index.html")) {
        byte[] served = session.page("/" + path).orElse(null);
        if (!Arrays.equals(bytes, served)) {
          different.put(path, served == null ? "not served" : "differs");
        }
      }
    });
    assertEquals(Map.of(), different);
  }
}
