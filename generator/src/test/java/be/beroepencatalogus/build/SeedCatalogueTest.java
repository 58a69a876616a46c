package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.testing.BuiltSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the bundled catalogue and holds it to the seed plan it was transcribed from: every line of the
 * seed (after the edits listed in {@code seed/fixes.tsv}) appears on the site and on the plan page.
 */
public class SeedCatalogueTest {
  private static final Path CONTENT = Path.of(System.getProperty("user.dir")).resolve("../content").normalize();
  private static final String OCCUPATION = "medewerker-callcenter";
  /** Column headers and form labels exist only on the plan page; the rest of the seed is content. */
  public static final Set<String> PLAN_ONLY = Set.of(
      "Cursist(e):", "Contractnummer:", "Bedrijf:", "Contactpersoon:", "Beroep: Medewerker callcenter",
      "Indicatieve duurtijd:", "1. De competenties: Inhoudstafel", "2. Geplande opleidingsacties",
      "A. Jobgerelateerde competenties: basis", "B. Jobgerelateerde competenties: specifiek", "C. Sleutelvaardigheden",
      "Onderliggende kennis en vaardigheden", "Opleidingsacties", "Voorziene einddatum", "Afgewerkt op",
      "Sleutelvaardigheid");

  @TempDir static Path out;
  static BuildResult result;
  static BuiltSite site;

  @BeforeAll
  static void buildTheBundledCatalogue() throws IOException {
    result = new SiteBuilder().build(new BuildOptions(CONTENT, out.resolve("site"), Optional.empty()));
    site = new BuiltSite(out.resolve("site"));
  }

  /** The seed's lines as the catalogue writes them (whitespace collapsed, fixes.tsv applied, page numbers dropped). */
  public static List<String> seedLines() throws IOException {
    return seedLines(true);
  }

  /** The seed's lines, whitespace collapsed and page numbers dropped; with the edits of fixes.tsv or as the seed has them. */
  public static List<String> seedLines(boolean fixed) throws IOException {
    Map<String, String> fixes = new LinkedHashMap<>();
    for (String line : resource("seed/fixes.tsv").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.split("\t");
        fixes.put(parts[0], parts[1]);
      }
    }
    String[] raw = resource("seed/opleidingsplan-medewerker-callcenter.txt").split("\n");
    List<String> lines = new ArrayList<>();
    boolean inToc = false;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u202F]+", " ").strip();
      if (line.contains("Inhoudstafel")) {
        inToc = true;
      } else if (line.startsWith("2. Geplande opleidingsacties")) {
        inToc = false;
      } else if (inToc) {
        line = line.replaceFirst("^\\d+", ""); // the table of contents' page numbers
      }
      if (line.isEmpty() || (i == raw.length - 1 && line.matches("\\d+"))) {
        continue; // blank lines, and the page number at the end
      }
      for (Map.Entry<String, String> fix : fixed ? fixes.entrySet() : Set.<Map.Entry<String, String>>of()) {
        line = line.replace(fix.getKey(), fix.getValue());
      }
      lines.add(line);
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SeedCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
    }
  }

  private static String text(Document page) {
    return page.select("main").text();
  }

  @Test
  void theBundledCatalogueBuildsWithoutProblems() {
    assertTrue(result.succeeded(), result.problems().toString());
    assertEquals(List.of(), result.problems());
  }

  @Test
  void theSeedHasNineCompetenciesInItsOrderAndGroupsAndEightKeySkills() {
    Catalogue catalogue = new SiteBuilder().check(CONTENT).catalogue();
    Occupation occupation = catalogue.occupation(OCCUPATION).orElseThrow();
    assertEquals(8, occupation.competencies(Group.BASIS).size());
    assertEquals(1, occupation.competencies(Group.SPECIFIEK).size());
    assertEquals(8, occupation.keySkills().size());
    assertEquals("zich-voorstellen-aan-de-telefoon", occupation.competencies().get(0).competencyId());
    assertEquals("binnenkomende-oproepen-medische-hulpcentra", occupation.competencies().get(8).competencyId());
    int skills = occupation.competencies().stream()
        .mapToInt(use -> catalogue.competency(use.competencyId()).orElseThrow().skills().size()).sum();
    assertEquals(28, skills);
  }

  @Test
  void everyLineOfTheSeedAppearsOnThePlanPage() throws IOException {
    String plan = text(site.page("/beroepen/" + OCCUPATION + "/opleidingsplan/"));
    List<String> missing = seedLines().stream().filter(line -> !plan.contains(line)).toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void everyLineOfTheSeedAppearsOnTheOccupationsPages() throws IOException {
    Catalogue catalogue = new SiteBuilder().check(CONTENT).catalogue();
    Occupation occupation = catalogue.occupation(OCCUPATION).orElseThrow();
    StringBuilder pages = new StringBuilder(text(site.page("/beroepen/" + OCCUPATION + "/")));
    occupation.competencies().forEach(use -> pages.append(' ').append(text(site.page("/competenties/" + use.competencyId() + "/"))));
    occupation.keySkills().forEach(use -> pages.append(' ').append(text(site.page("/sleutelvaardigheden/" + use.keySkillId() + "/"))));

    List<String> missing = seedLines().stream()
        .filter(line -> !PLAN_ONLY.contains(line))
        .filter(line -> !pages.toString().contains(line))
        .toList();
    assertEquals(List.of(), missing);
  }

  @Test
  void theSeedHasMoreThanAHundredLinesToCheck() throws IOException {
    // Guards the two tests above against a parsing mistake that would leave them nothing to look for.
    assertTrue(seedLines().size() > 150, "only " + seedLines().size() + " lines");
  }
}
