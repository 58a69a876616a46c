package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FixtureSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

/** The pages of a small catalogue, published under a sub-path, checked on structure and text with jsoup. */
class RenderedPagesTest {
  @TempDir static Path dir;
  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    assertTrue(new SiteBuilder().build(new BuildOptions(content, dir.resolve("site"), Optional.of("https://example.org/catalogus"))).succeeded());
    site = new BuiltSite(dir.resolve("site"));
  }

  private static List<String> texts(Document page, String selector) {
    return page.select(selector).eachText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/beroepen/kok/", "/beroepen/kok/opleidingsplan/", "/competenties/koken/",
      "/sleutelvaardigheden/hygienisch-werken/", "/zoeken/", "/404.html"})
  void everyPageIsDutchHasOneH1ASkipLinkAPolicyAndLoadsOnlyFromTheSite(String path) {
    Document page = site.page(path);

    assertEquals("nl", page.select("html").attr("lang"));
    assertEquals(1, page.select("h1").size());
    assertEquals("#inhoud", page.select("a.skip-link").attr("href"));
    assertEquals(1, page.select("main#inhoud").size());
    assertTrue(page.select("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'self'"));
    assertEquals("no-referrer", page.select("meta[name=referrer]").attr("content"));
    for (Element e : page.select("[src], link[href]")) {
      String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
      assertTrue(url.startsWith("/catalogus/") || e.attr("rel").equals("canonical"), path + ": " + e);
    }
    assertEquals("/catalogus/assets/style.css", page.select("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void homeHasTheSearchBoxTheCountsAndTheOccupationsAToZ() {
    Document home = site.page("/");

    Element form = home.selectFirst("form[role=search]");
    assertEquals("/catalogus/zoeken/", form.attr("action"));
    assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
    assertEquals(form.selectFirst("input").id(), form.selectFirst("label").attr("for"));
    assertEquals(List.of("1 beroep", "1 competentie", "2 vaardigheden", "1 sleutelvaardigheid"), texts(home, ".counts li"));
    assertEquals(List.of("K"), texts(home, "h3.letter"));
    assertEquals("/catalogus/beroepen/kok/", home.selectFirst(".occupation-list a").attr("href"));
    assertTrue(home.selectFirst(".occupation-list li").text().contains("keukenkok"));
  }

  @Test
  void theOccupationPageGroupsCompetenciesAndShowsKeySkillsWithTheirOwnDescription() {
    Document page = site.page("/beroepen/kok/");

    assertEquals("Kok", page.selectFirst("h1").text());
    assertEquals(List.of("Start", "Beroepen", "Kok"), texts(page, ".breadcrumbs li"));
    assertEquals("Je bereidt gerechten.", page.selectFirst(".prose p").text());
    assertEquals(List.of("A. Jobgerelateerde competenties: basis"), texts(page, "section[aria-labelledby=competenties] h3"));
    Element competency = page.selectFirst(".competency-list a");
    assertEquals("Gerechten bereiden", competency.text());
    assertEquals("/catalogus/competenties/koken/", competency.attr("href"));
    assertEquals("/catalogus/sleutelvaardigheden/hygienisch-werken/", page.selectFirst("dl.key-skills dt a").attr("href"));
    assertEquals("De cursist werkt volgens de HACCP-regels.", page.selectFirst("dl.key-skills dd").text());
    assertEquals("/catalogus/beroepen/kok/opleidingsplan/", page.selectFirst(".plan-links a").attr("href"));
  }

  @Test
  void theCompetencyPageHasItsSkillsWithAnchorsTheirActionsAndTheOccupationsUsingIt() {
    Document page = site.page("/competenties/koken/");

    assertEquals(List.of("Snijdt groenten", "Kent de recepten"), texts(page, "section.skill h2"));
    assertEquals("snijdt-groenten", page.selectFirst("section.skill h2").id());
    assertEquals(List.of("#snijdt-groenten", "#kent-de-recepten"), page.select("nav.toc a").eachAttr("href"));
    assertEquals(List.of("Recepten lezen", "Recepten uitvoeren"), texts(page, "#kent-de-recepten ~ .prose li"));
    assertEquals(List.of("Kok (basis)"), texts(page, "section[aria-labelledby=gebruikt-in] li"));
  }

  @Test
  void theKeySkillPageHasItsDefinitionAndEachOccupationsDescription() {
    Document page = site.page("/sleutelvaardigheden/hygienisch-werken/");

    assertEquals("Hygiënisch werken", page.selectFirst("h1").text());
    assertEquals("Je werkt proper en veilig.", page.selectFirst(".prose").text());
    assertEquals("Kok", page.selectFirst(".key-skill-use h3").text());
    assertEquals("De cursist werkt volgens de HACCP-regels.", page.selectFirst(".key-skill-use .prose").text());
  }

  @Test
  void thePlanPageHasTheSeedsFormWithFourColumnsAndEmptyDateCells() {
    Document page = site.page("/beroepen/kok/opleidingsplan/");

    assertEquals(List.of("Cursist(e):", "Contractnummer:", "Bedrijf:", "Contactpersoon:", "Mentor:", "VDAB-consulent:", "Beroep:",
            "Indicatieve duurtijd:", "Begindatum IBO:", "Einddatum IBO:", "Uren per week:", "Datum van het plan:"),
        texts(page, ".plan-header th"));
    assertEquals("Kok", page.select(".plan-header td").get(6).text());
    assertEquals(List.of("date", "date", "number", "date"),
        page.select(".plan-header input[name~=^(ibo-start|ibo-einde|uren-per-week|plandatum)$]").eachAttr("type"));
    assertEquals(List.of("1. De competenties: Inhoudstafel", "2. Geplande opleidingsacties", "3. Handtekeningen"),
        texts(page, "article > h2, article > section > h2"));
    assertEquals(List.of("A. Jobgerelateerde competenties: basis", "C. Sleutelvaardigheden"), texts(page, "article .plan-group h3"));
    assertEquals(List.of("Cursist(e)", "Werkgever", "VDAB-consulent"), texts(page, ".plan-signatures h3"));
    assertEquals(List.of("Gerechten bereiden"), texts(page, ".plan-toc li"));
    Element table = page.selectFirst(".plan-competency table");
    assertEquals(List.of("Onderliggende kennis en vaardigheden", "Opleidingsacties", "Voorziene einddatum", "Afgewerkt op"),
        table.select("thead th").eachText());
    assertEquals(2, table.select("tbody tr").size());
    assertEquals("Snijdt groenten", table.selectFirst("tbody th").ownText());
    table.select("td.col-date").forEach(cell -> assertEquals("", cell.text()));
    assertEquals(4, table.select("td.col-date").size());
    assertEquals(List.of("Hygiënisch werken"), page.select(".key-skill-table tbody th").eachText().stream().map(t -> t.replace(" opnemen", "")).toList());
  }

  @Test
  void theSearchPageListsEveryPageAToZWithoutJavaScript() {
    Document page = site.page("/zoeken/");

    assertEquals(List.of("Gerechten bereiden Competentie", "Hygiënisch werken Sleutelvaardigheid",
        "Kent de recepten Vaardigheid in Gerechten bereiden", "Kok Beroep", "Snijdt groenten Vaardigheid in Gerechten bereiden"), texts(page, ".all-pages li"));
    assertEquals("/catalogus/competenties/koken/#kent-de-recepten", page.selectFirst(".all-pages li:contains(recepten) a").attr("href"));
  }

  @Test
  void theNotFoundPageLinksHomeWithTheBasePath() {
    Document page = site.page("/404.html");

    assertEquals("Pagina niet gevonden", page.selectFirst("h1").text());
    assertEquals("/catalogus/", page.selectFirst("main a").attr("href"));
  }

  @Test
  void theSitemapListsEveryPageWithAbsoluteUrls() {
    String xml = site.text("/sitemap.xml");

    for (String url : List.of("https://example.org/catalogus/", "https://example.org/catalogus/zoeken/",
        "https://example.org/catalogus/beroepen/kok/", "https://example.org/catalogus/beroepen/kok/opleidingsplan/",
        "https://example.org/catalogus/competenties/koken/", "https://example.org/catalogus/sleutelvaardigheden/hygienisch-werken/")) {
      assertTrue(xml.contains("<loc>" + url + "</loc>"), url);
    }
    assertFalse(xml.contains("lastmod"));
  }

  @Test
  void theCatalogueJsonHoldsTheWholeModelWithSiteRelativeUrls() throws IOException {
    JsonNode json = new ObjectMapper().readTree(site.text("/catalogus.json"));

    assertEquals(1, json.get("format_version").asInt());
    JsonNode kok = json.get("occupations").get(0);
    assertEquals("kok", kok.get("id").asText());
    assertEquals("/beroepen/kok/", kok.get("url").asText());
    assertEquals("basis", kok.get("competencies").get(0).get("group").asText());
    assertEquals("hygienisch-werken", kok.get("key_skills").get(0).get("id").asText());
    JsonNode koken = json.get("competencies").get(0);
    assertEquals("/competenties/koken/#snijdt-groenten", koken.get("skills").get(0).get("url").asText());
    assertEquals("- Recepten lezen\n- Recepten uitvoeren", koken.get("skills").get(1).get("training_actions").asText());
    assertEquals("kok", koken.get("occupations").get(0).asText());
    assertEquals("kok", json.get("key_skills").get(0).get("occupations").get(0).asText());
  }
}
