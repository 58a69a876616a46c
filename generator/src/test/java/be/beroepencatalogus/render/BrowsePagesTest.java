package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FrozenSeed;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The browse pages of the frozen seed catalogue (one occupation, sector and ISCO code), published under a sub-path. */
class BrowsePagesTest {
  @TempDir static Path dir;
  static BuiltSite site;

  @BeforeAll
  static void build() throws java.io.IOException {
    BuildResult result = new SiteBuilder().build(new BuildOptions(FrozenSeed.CATALOGUE, dir.resolve("site"),
        Optional.of("https://example.org/catalogus"), dir.resolve("cache"), PdfMode.NONE));
    assertTrue(result.succeeded(), result.problems().toString());
    site = new BuiltSite(dir.resolve("site"));
  }

  private static List<String> texts(Document page, String selector) {
    return page.select(selector).eachText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/beroepen/", "/competenties/", "/sleutelvaardigheden/", "/sectoren/", "/sectoren/handel-en-diensten/",
      "/beroepsgroepen/", "/beroepsgroepen/4/", "/beroepsgroepen/42/", "/beroepsgroepen/422/", "/beroepsgroepen/4222/"})
  void everyBrowsePageHasOneH1ABreadcrumbAndOnlyLinksOnTheSite(String path) {
    Document page = site.page(path);

    assertEquals(1, page.select("h1").size(), path);
    assertEquals(1, page.select("main#inhoud").size());
    assertEquals("Start", page.selectFirst(".breadcrumbs li").text());
    assertEquals(1, page.select(".breadcrumbs [aria-current=page]").size());
    for (Element a : page.select("main a[href]")) {
      assertTrue(a.attr("href").startsWith("/catalogus/"), path + ": " + a);
    }
  }

  @Test
  void theOccupationsListShowsEachOccupationWithItsAliasesAndIscoGroupUnderItsLetter() {
    Document page = site.page("/beroepen/");

    assertEquals("Alle beroepen", page.selectFirst("h1").text());
    assertEquals(List.of("Start", "Alle beroepen"), texts(page, ".breadcrumbs li"));
    assertEquals(List.of("M"), texts(page, "h3.letter"));
    assertEquals("letter-m", page.selectFirst("h3.letter").id());
    assertEquals(List.of("Medewerker callcenter ook: callcenteragent, klantenservicemedewerker, call center medewerker, … · ISCO 4222"),
        texts(page, ".entry-list li"));
    assertEquals("/catalogus/beroepen/medewerker-callcenter/", page.selectFirst(".entry-list a").attr("href"));
    // All entries under one letter: no index to jump with.
    assertEquals(0, page.select("nav.letters").size());
    assertEquals(0, page.select(".pagination").size());
  }

  @Test
  void theCompetenciesListCountsSkillsAndOccupations() {
    Document page = site.page("/competenties/");

    assertEquals("Alle competenties", page.selectFirst("h1").text());
    List<String> entries = texts(page, ".entry-list li");
    assertEquals(9, entries.size(), entries.toString());
    assertTrue(entries.contains("Digitale opvolgingsdocumenten van de oproep invullen 2 vaardigheden · 1 beroep"), entries.toString());
    assertTrue(entries.get(0).startsWith("Binnenkomende oproepen behandelen"), entries.toString());
    assertTrue(entries.get(8).startsWith("Zich voorstellen aan de telefoon"), entries.toString());
    assertEquals("/catalogus/competenties/zich-voorstellen-aan-de-telefoon/",
        page.selectFirst(".entry-list a:contains(Zich voorstellen)").attr("href"));
    // The whole alphabet; the letters with entries link to their headings on this page, the others are no links.
    assertEquals(26, page.select("nav.letters li").size());
    assertEquals(List.of("B", "C", "D", "H", "Z"), texts(page, "h3.letter"));
    assertEquals(List.of("/catalogus/competenties/#letter-b", "/catalogus/competenties/#letter-c", "/catalogus/competenties/#letter-d",
        "/catalogus/competenties/#letter-h", "/catalogus/competenties/#letter-z"), page.select("nav.letters a").eachAttr("href"));
    assertEquals("A", page.selectFirst("nav.letters li .empty").text());
  }

  @Test
  void theKeySkillsListCountsOccupations() {
    Document page = site.page("/sleutelvaardigheden/");

    List<String> entries = texts(page, ".entry-list li");
    assertTrue(entries.contains("Flexibel zijn 1 beroep"), entries.toString());
    assertEquals("/catalogus/sleutelvaardigheden/flexibel-zijn/", page.selectFirst(".entry-list a:contains(Flexibel zijn)").attr("href"));
  }

  @Test
  void theSectorsPageListsEachSectorWithItsCountAndTheSectorPageItsOccupations() {
    Document sectors = site.page("/sectoren/");
    assertEquals("Sectoren", sectors.selectFirst("h1").text());
    assertEquals(List.of("Handel en diensten 1 beroep"), texts(sectors, ".group-list li"));
    assertEquals("/catalogus/sectoren/handel-en-diensten/", sectors.selectFirst(".group-list a").attr("href"));

    Document sector = site.page("/sectoren/handel-en-diensten/");
    assertEquals("Sector", sector.selectFirst(".page-header .kind").text());
    assertEquals("Handel en diensten", sector.selectFirst("h1").text());
    assertEquals(List.of("Start", "Sectoren", "Handel en diensten"), texts(sector, ".breadcrumbs li"));
    assertEquals("/catalogus/sectoren/", sector.selectFirst(".breadcrumbs a[href$=sectoren/]").attr("href"));
    assertEquals("Beroepen in deze sector", sector.selectFirst(".az-list h2").text());
    assertEquals(List.of("Medewerker callcenter"), texts(sector, ".entry-list a"));
  }

  @Test
  void iscoGroupPagesNameTheGroupShowTheHierarchyTheSubgroupsAndTheOccupations() {
    Document groups = site.page("/beroepsgroepen/");
    assertEquals("Beroepsgroepen", groups.selectFirst("h1").text());
    assertEquals(List.of("4 Administratief personeel 1 beroep"), texts(groups, ".group-list li"));

    Document subMajor = site.page("/beroepsgroepen/42/");
    assertEquals("Beroepsgroep (ISCO-08)", subMajor.selectFirst(".kind").text());
    assertEquals("42 Medewerkers klantenservice", subMajor.selectFirst("h1").text());
    assertEquals(List.of("Start", "Beroepsgroepen", "4 Administratief personeel", "42 Medewerkers klantenservice"),
        texts(subMajor, ".breadcrumbs li"));
    assertEquals("/catalogus/beroepsgroepen/4/", subMajor.selectFirst(".breadcrumbs a:contains(Administratief)").attr("href"));
    // A minor group has no Dutch name in the theme's table: its code, and what it holds.
    assertEquals(List.of("422: o.a. Medewerker callcenter 1 beroep"), texts(subMajor, ".group-list li"));
    assertEquals("/catalogus/beroepsgroepen/422/", subMajor.selectFirst(".group-list a").attr("href"));
    assertEquals(List.of("Medewerker callcenter"), texts(subMajor, ".entry-list a"));

    Document unit = site.page("/beroepsgroepen/4222/");
    assertEquals("Beroepsgroep 4222", unit.selectFirst("h1").text());
    assertEquals(List.of("Start", "Beroepsgroepen", "4 Administratief personeel", "42 Medewerkers klantenservice", "422", "4222"),
        texts(unit, ".breadcrumbs li"));
    assertEquals(0, unit.select(".group-list").size());
    assertEquals(List.of("Medewerker callcenter"), texts(unit, ".entry-list a"));
  }

  @Test
  void theOccupationPageLinksItsSectorAndIscoGroup() {
    Document page = site.page("/beroepen/medewerker-callcenter/");

    Element sector = page.selectFirst("dl.facts div:has(dt:contains(Sector)) dd a");
    assertEquals("Handel en diensten", sector.text());
    assertEquals("/catalogus/sectoren/handel-en-diensten/", sector.attr("href"));
    List<Element> isco = page.select("dl.facts div:has(dt:contains(ISCO)) dd a");
    assertEquals(List.of("42 Medewerkers klantenservice", "4222"), isco.stream().map(Element::text).toList());
    assertEquals(List.of("/catalogus/beroepsgroepen/42/", "/catalogus/beroepsgroepen/4222/"), isco.stream().map(a -> a.attr("href")).toList());
  }

  @Test
  void theHomePageCountsLinkToTheListsAndItLeadsToSectorsAndGroups() {
    Document home = site.page("/");

    assertEquals(List.of("/catalogus/beroepen/", "/catalogus/competenties/", "/catalogus/competenties/", "/catalogus/sleutelvaardigheden/"),
        home.select(".counts a").eachAttr("href"));
    assertEquals(List.of("1 beroep", "9 competenties", "28 vaardigheden", "8 sleutelvaardigheden"), texts(home, ".counts li"));
    // A small catalogue keeps its occupations on the home page.
    assertEquals("/catalogus/beroepen/medewerker-callcenter/", home.selectFirst(".occupation-list a").attr("href"));
    assertEquals("/catalogus/beroepen/", home.selectFirst("a:contains(Alle beroepen van A tot Z)").attr("href"));
    assertEquals(List.of("Handel en diensten"), texts(home, "section[aria-labelledby=sectoren] .group-list a"));
    assertEquals(List.of("4 Administratief personeel"), texts(home, "section[aria-labelledby=beroepsgroepen] .group-list a"));
    assertEquals("/catalogus/beroepen/", home.selectFirst(".site-header nav a:contains(Beroepen)").attr("href"));
  }

  @Test
  void theSitemapHasTheBrowsePages() {
    String xml = site.text("/sitemap.xml");
    for (String path : List.of("beroepen/", "competenties/", "sleutelvaardigheden/", "sectoren/", "sectoren/handel-en-diensten/",
        "beroepsgroepen/", "beroepsgroepen/4/", "beroepsgroepen/4222/")) {
      assertTrue(xml.contains("<loc>https://example.org/catalogus/" + path + "</loc>"), path);
    }
  }
}
