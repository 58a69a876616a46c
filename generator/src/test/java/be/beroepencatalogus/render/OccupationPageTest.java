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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an occupation's page shows beyond its own text: every competency's skills, related occupations with what
 * they share, and what search engines and chat apps read (schema.org JSON-LD, Open Graph); the competency page's
 * users near its title and its breadcrumb.
 */
class OccupationPageTest {
  @TempDir static Path dir;
  static BuiltSite site;

  @BeforeAll
  static void build() throws IOException {
    Path content = FixtureSite.in(dir.resolve("content"))
        .file("beroepen/kok.md", """
            ---
            title: Kok
            aliases: [keukenkok, "chef <kok>"]
            esco: http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7d
            isco: "5120"
            competencies:
              basis:
                - koken
                - hygiene
            key_skills:
              - id: nauwkeurig-werken
                description: Weegt af.
            ---

            Je bereidt *gerechten* </script> in een keuken.
            """)
        .file("beroepen/traiteur.md", occupation("Traiteur", "5120", "koken"))
        .file("beroepen/bakker.md", occupation("Bakker", "7512", "hygiene"))
        .file("beroepen/hulpkok.md", occupation("Hulpkok", "5120", "afwassen"))
        .file("beroepen/kapper.md", occupation("Kapper", "5141", "knippen"))
        .file("competenties/koken.md", competency("Gerechten bereiden", "Snijdt", "Bakt", "Kookt", "Proeft", "Dresseert"))
        .file("competenties/hygiene.md", competency("Hygiënisch werken", "Wast de handen", "Reinigt het werkvlak"))
        .file("competenties/afwassen.md", competency("Afwassen", "Spoelt"))
        .file("competenties/knippen.md", competency("Haar knippen", "Knipt"))
        .file("sleutelvaardigheden/nauwkeurig-werken.md", "---\ntitle: Nauwkeurig werken\n---\n\nPrecies.\n")
        .dir();
    assertTrue(new SiteBuilder().build(new BuildOptions(content, dir.resolve("site"), Optional.empty())).succeeded());
    site = new BuiltSite(dir.resolve("site"));
  }

  private static String occupation(String title, String isco, String competency) {
    return "---\ntitle: " + title + "\nisco: \"" + isco + "\"\ncompetencies:\n  basis:\n    - " + competency + "\n---\n\nOmschrijving.\n";
  }

  private static String competency(String title, String... skills) {
    StringBuilder text = new StringBuilder("---\ntitle: " + title + "\n---\n");
    for (String skill : skills) {
      text.append("\n## ").append(skill).append("\n\nOefenen.\n");
    }
    return text.toString();
  }

  @Test
  void everyCompetencyShowsItsSkillsLinkedToTheirPlaceAndALongListIsFolded() {
    Document page = site.page("/beroepen/kok/");

    List<Element> competencies = page.select("ol.competency-list > li");
    assertEquals(2, competencies.size());
    Element cooking = competencies.get(0);
    assertEquals("Toon de 5 vaardigheden", cooking.selectFirst("details.skills > summary").text());
    assertEquals(List.of("Snijdt", "Bakt", "Kookt", "Proeft", "Dresseert"), cooking.select("details.skills li").eachText());
    assertEquals("/competenties/koken/#bakt", cooking.select("details.skills a").get(1).attr("href"));
    Element hygiene = competencies.get(1);
    assertTrue(hygiene.select("details").isEmpty(), "two skills stay in sight");
    assertEquals(List.of("Wast de handen", "Reinigt het werkvlak"), hygiene.select("ul.skill-links li").eachText());
    // Each link leads to a skill that is there.
    Document competencyPage = site.page("/competenties/koken/");
    for (Element link : cooking.select("details.skills a")) {
      assertFalse(competencyPage.select("section.skill h2[id=" + link.attr("href").split("#")[1] + "]").isEmpty(), link.toString());
    }
  }

  @Test
  void relatedOccupationsComeBySharedCompetenciesThenTheIscoGroupWithWhatTheyShare() {
    Document page = site.page("/beroepen/kok/");

    List<Element> related = page.select("section[aria-labelledby=verwante-beroepen] ul.related > li");
    assertEquals(List.of("Traiteur", "Bakker", "Hulpkok"), related.stream().map(li -> li.selectFirst("a").text()).toList());
    assertEquals("/beroepen/traiteur/", related.get(0).selectFirst("a").attr("href"));
    assertEquals("Gemeenschappelijk: Gerechten bereiden", related.get(0).selectFirst(".meta").text());
    assertEquals("/competenties/koken/", related.get(0).selectFirst(".meta a").attr("href"));
    assertEquals("Zelfde beroepsgroep (ISCO)", related.get(2).selectFirst(".meta").text());
    assertTrue(site.page("/beroepen/kapper/").select("section[aria-labelledby=verwante-beroepen]").isEmpty(),
        "an occupation that shares nothing shows no empty section");
  }

  @Test
  void theStructuredDataIsASchemaOrgOccupationValidPerTheVocabulary() throws IOException {
    Document page = site.page("/beroepen/kok/");
    Element script = page.selectFirst("head script[type=application/ld+json]");
    assertFalse(script.data().contains("</"), "the content's </script> cannot close the element");
    JsonNode data = new ObjectMapper().readTree(script.data());

    assertEquals("Occupation", data.get("@type").asText());
    assertEquals("Kok", data.get("name").asText());
    assertEquals(List.of("keukenkok", "chef <kok>"), texts(data.get("alternateName")));
    assertEquals("Je bereidt gerechten </script> in een keuken.", data.get("description").asText());
    assertEquals("https://example.org/beroepen/kok/", data.get("url").asText());
    assertEquals("5120", data.at("/occupationalCategory/codeValue").asText());
    assertEquals("ISCO-08", data.at("/occupationalCategory/inCodeSet/name").asText());
    assertEquals("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7d", data.get("sameAs").asText());
    List<String> skills = new ArrayList<>();
    data.get("skills").forEach(s -> skills.add(s.get("name").asText()));
    assertEquals(List.of("Gerechten bereiden", "Hygiënisch werken", "Nauwkeurig werken"), skills);

    List<String> problems = SchemaOrgVocabulary.load().problems(data);
    assertEquals(List.of(), problems);
  }

  @Test
  void theVocabularyCheckFindsWhatIsNotSchemaOrg() throws IOException {
    JsonNode wrong = new ObjectMapper().readTree("""
        {"@context": "https://schema.org", "@type": "Occupation", "name": "Kok", "isco": "5120",
         "occupationalCategory": {"@type": "Person", "name": "x"}, "sameAs": {"@type": "DefinedTerm"}}""");

    assertEquals(List.of(
        "Occupation has no property isco",
        "occupationalCategory: a Person is not one of [schema:CategoryCode, schema:Text]",
        "sameAs: a DefinedTerm is not one of [schema:URL]"), SchemaOrgVocabulary.load().problems(wrong));
  }

  @Test
  void everyPageHasOpenGraphTitleDescriptionAndUrlForLinkPreviews() {
    Document page = site.page("/beroepen/kok/");

    assertEquals("Kok · Testcatalogus", page.selectFirst("meta[property=og:title]").attr("content"));
    assertEquals(page.selectFirst("meta[name=description]").attr("content"), page.selectFirst("meta[property=og:description]").attr("content"));
    assertEquals("https://example.org/beroepen/kok/", page.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals("Testcatalogus", page.selectFirst("meta[property=og:site_name]").attr("content"));
    assertEquals("nl_BE", page.selectFirst("meta[property=og:locale]").attr("content"));
    assertEquals(1, site.page("/competenties/koken/").select("meta[property=og:title]").size());
    assertTrue(site.page("/competenties/koken/").select("script[type=application/ld+json]").isEmpty());
  }

  @Test
  void theFactsLinkTheIscoGroupsAndTheEscoConcept() {
    Document page = site.page("/beroepen/kok/");

    Element esco = page.selectFirst("dl.facts a[rel=external]");
    assertEquals("http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7d", esco.attr("href"));
    assertEquals("Dit beroep in ESCO", esco.text());
    assertTrue(page.select("dl.facts a[href^=/beroepsgroepen/]").eachAttr("href").contains("/beroepsgroepen/5120/"));
    assertTrue(site.page("/beroepen/traiteur/").select("dl.facts a[rel=external]").isEmpty(), "no ESCO link without esco:");
  }

  @Test
  void theCompetencyPageNamesItsOccupationsNearItsTitleAndItsBreadcrumbGoesThroughTheList() {
    Document page = site.page("/competenties/koken/");

    assertEquals(List.of("Start", "Competenties", "Gerechten bereiden"), page.select(".breadcrumbs li").eachText());
    assertEquals("/competenties/", page.select(".breadcrumbs a").get(1).attr("href"));
    Element usedIn = page.selectFirst(".page-header p.used-in");
    assertEquals("Gebruikt in: Kok, Traiteur", usedIn.text());
    assertEquals(List.of("Start", "Sleutelvaardigheden", "Nauwkeurig werken"),
        site.page("/sleutelvaardigheden/nauwkeurig-werken/").select(".breadcrumbs li").eachText());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
