package be.beroepencatalogus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path dir;

  private LoadResult load(FixtureSite site) {
    return new ContentLoader().load(site.dir());
  }

  private List<String> messages(LoadResult result) {
    return result.problems().stream().sorted(Problem.BY_POSITION).map(Problem::format).toList();
  }

  private String at(String file, int line, int column) {
    return dir.resolve(file) + ":" + line + ":" + column + ": ";
  }

  @Test
  void aMinimalCatalogueLoadsIntoTheModelWithoutProblems() {
    LoadResult result = load(FixtureSite.minimal(dir));

    assertEquals(List.of(), messages(result));
    Occupation kok = result.catalogue().occupation("kok").orElseThrow();
    assertEquals("Kok", kok.title());
    assertEquals(List.of("keukenkok"), kok.aliases());
    assertEquals("Je bereidt gerechten.", kok.descriptionMarkdown());
    assertEquals("koken", kok.competencies().get(0).competencyId());
    assertEquals(Group.BASIS, kok.competencies().get(0).group());
    assertEquals("De cursist werkt volgens de HACCP-regels.", kok.keySkills().get(0).descriptionMarkdown());
    assertEquals("Hygiënisch werken", result.catalogue().keySkill("hygienisch-werken").orElseThrow().title());
    assertEquals("https://example.org/", result.catalogue().settings().baseUrl());
  }

  @Test
  void eachLevelTwoHeadingStartsASkillAndTheMarkdownBelowIsItsTrainingActions() {
    Competency koken = load(FixtureSite.minimal(dir)).catalogue().competency("koken").orElseThrow();

    assertEquals(2, koken.skills().size());
    assertEquals("Snijdt groenten", koken.skills().get(0).title());
    assertEquals("snijdt-groenten", koken.skills().get(0).anchor());
    assertEquals("Technieken tonen en laten oefenen.", koken.skills().get(0).trainingActionsMarkdown());
    assertEquals("- Recepten lezen\n- Recepten uitvoeren", koken.skills().get(1).trainingActionsMarkdown());
    assertEquals(dir.resolve("competenties/koken.md") + ":5:1", koken.skills().get(0).source().toString());
  }

  @Test
  void aHeadingInsideACodeBlockIsNotASkillAndExplicitAnchorsAreKept() {
    LoadResult result = load(FixtureSite.minimal(dir).file("competenties/koken.md", """
        ---
        title: Gerechten bereiden
        ---
        Inleiding.

        ## Snijdt groenten {#snijden}

        ```
        ## geen vaardigheid
        ```

        ## Snijdt fruit

        Nog eens.
        """));

    Competency koken = result.catalogue().competency("koken").orElseThrow();
    assertEquals(List.of(), messages(result));
    assertEquals("Inleiding.", koken.introMarkdown());
    assertEquals(List.of("snijden", "snijdt-fruit"), koken.skills().stream().map(s -> s.anchor()).toList());
    assertEquals("Snijdt groenten", koken.skills().get(0).title());
    assertTrue(koken.skills().get(0).trainingActionsMarkdown().contains("## geen vaardigheid"));
  }

  @Test
  void duplicateSkillTitlesAreAnErrorAndStillGetAnchorsOfTheirOwn() {
    LoadResult result = load(FixtureSite.minimal(dir).file("competenties/koken.md", """
        ---
        title: Gerechten bereiden
        ---
        ## Potentiële klanten

        a

        ## Potentiële klanten

        b
        """));

    assertEquals(List.of(at("competenties/koken.md", 8, 1) + "error: skill 'Potentiële klanten' appears twice, also at line 4 (merge the two, or rename one)"),
        messages(result));
    assertEquals(List.of("potentiele-klanten", "potentiele-klanten-2"),
        result.catalogue().competency("koken").orElseThrow().skills().stream().map(s -> s.anchor()).toList());
  }

  @Test
  void crlfLineEndingsAndAByteOrderMarkAreAccepted() {
    String crlf = "\uFEFF---\r\ntitle: Gerechten bereiden\r\n---\r\n\r\n## Snijdt groenten\r\n\r\nOefenen.\r\n";
    LoadResult result = load(FixtureSite.minimal(dir).bytes("competenties/koken.md", crlf.getBytes(StandardCharsets.UTF_8)));

    assertEquals(List.of(), messages(result));
    Competency koken = result.catalogue().competency("koken").orElseThrow();
    assertEquals("Gerechten bereiden", koken.title());
    assertEquals("Oefenen.", koken.skills().get(0).trainingActionsMarkdown());
    assertEquals(5, koken.skills().get(0).source().line());
  }

  @Test
  void anUnknownKeyIsReportedAtItsLineWithTheNearestKnownKey() {
    LoadResult result = load(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        alias: [keukenkok]
        competencies:
          basis: [koken]
        ---
        Tekst.
        """));

    assertEquals(List.of(at("beroepen/kok.md", 3, 1) + "error: unknown key 'alias' (did you mean 'aliases'?)"), messages(result));
  }

  @Test
  void anInvalidGroupIsReportedWithTheGroupsThatExist() {
    LoadResult result = load(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        competencies:
          basic: [koken]
        ---
        Tekst.
        """));

    assertEquals(List.of(at("beroepen/kok.md", 4, 3) + "error: unknown key 'basic' (did you mean 'basis'?)"), messages(result));
  }

  @Test
  void aYamlSyntaxErrorPointsAtTheLineInTheMarkdownFile() {
    LoadResult result = load(FixtureSite.minimal(dir).file("competenties/koken.md", """
        ---
        title: Gerechten bereiden
        extra: [niet gesloten
        ---
        ## Snijdt groenten

        Oefenen.
        """));

    assertEquals(1, result.problems().size());
    Problem problem = result.problems().get(0);
    assertEquals(dir.resolve("competenties/koken.md").toString(), problem.source().path());
    assertTrue(problem.source().line() >= 3 && problem.source().line() <= 4, problem.format());
    assertTrue(problem.message().startsWith("invalid YAML: "), problem.format());
  }

  @Test
  void missingRequiredFieldsAndWrongTypesAreReported() {
    LoadResult result = load(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        aliases: keukenkok
        competencies:
          basis: [koken]
        key_skills:
          - id: hygienisch-werken
        ---
        Tekst.
        """));

    assertEquals(List.of(
        at("beroepen/kok.md", 2, 1) + "error: missing required key 'title' (the occupation's name, such as 'title: Medewerker callcenter')",
        at("beroepen/kok.md", 2, 10) + "error: 'aliases' must be a list ('- item' lines), not text",
        at("beroepen/kok.md", 6, 5) + "error: missing required key 'description' (what this key skill means for this occupation)"),
        messages(result));
  }

  @Test
  void aCompetencyWithoutSkillsAndASkillWithoutActionsAreErrors() {
    LoadResult result = load(FixtureSite.minimal(dir)
        .file("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\nAlleen tekst.\n")
        .file("competenties/bakken.md", "---\ntitle: Bakken\n---\n\n## Kneedt deeg\n\n## Bakt brood\n\nOefenen.\n"));

    assertEquals(List.of(
        at("competenties/bakken.md", 5, 1) + "error: skill 'Kneedt deeg' has no training actions (write the training actions as Markdown below the '## ' heading)",
        at("competenties/koken.md", 4, 1) + "error: the competency has no skills (start each skill with a '## ' heading and write its training actions below it)"),
        messages(result));
  }

  @Test
  void anInvalidIdFromTheFileNameIsReported() {
    LoadResult result = load(FixtureSite.minimal(dir).file("competenties/Koken Snel.md", "---\ntitle: Snel koken\n---\n## Kookt\n\nSnel.\n"));

    assertEquals(List.of(at("competenties/Koken Snel.md", 1, 1)
        + "error: invalid id 'Koken Snel' (the file name) (rename the file to use only a-z, 0-9 and '-', such as 'koken-snel.md')"), messages(result));
  }

  @Test
  void anEmptyFileAFileWithoutFrontMatterAndInvalidUtf8AreReportedWithTheirLine() {
    byte[] latin1 = "---\ntitle: Bakken\n---\n## Kneedt\n\nDeeg kneden tot het caf\u00e9 sluit.\n".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult result = load(FixtureSite.minimal(dir)
        .file("sleutelvaardigheden/leeg.md", "  \n")
        .file("sleutelvaardigheden/zonder.md", "title: Zonder\n")
        .bytes("competenties/bakken.md", latin1));

    assertEquals(List.of(
        at("competenties/bakken.md", 6, 24) + "error: the file is not valid UTF-8 (save it as UTF-8 in your editor)",
        at("sleutelvaardigheden/leeg.md", 1, 1) + "error: the file is empty",
        at("sleutelvaardigheden/zonder.md", 1, 1) + "error: missing front matter (start the file with a line '---', the 'title: ...' line, and another '---')"),
        messages(result));
  }

  @Test
  void aMissingSettingsFileIsAnError() {
    FixtureSite site = FixtureSite.minimal(dir);
    dir.resolve("site.yaml").toFile().delete();

    assertEquals(List.of(at("site.yaml", 1, 1) + "error: catalogue settings file is missing (create it with at least 'title: ...')"), messages(load(site)));
  }

  @Test
  void theEditionDateIsADayWrittenYearFirst() {
    FixtureSite site = FixtureSite.minimal(dir).file("site.yaml", "title: T\ndate: 2026-11-30\n");
    LoadResult good = load(site);
    assertEquals(List.of(), messages(good));
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 30)), good.catalogue().settings().date());

    site.file("site.yaml", "title: T\ndate: 30/11/2026\n");
    assertEquals(List.of(at("site.yaml", 2, 7) + "error: invalid date '30/11/2026' (write the edition's date as YYYY-MM-DD, such as 'date: 2026-11-30')"),
        messages(load(site)));
  }

  @Test
  void anOccupationMayNameItsEscoConceptAndIscoCode() {
    LoadResult result = load(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        esco: http://data.europa.eu/esco/occupation/90f75f67-73dc-4b2b-b3d8-6d1d6f3a4ac9
        isco: "5120"
        competencies:
          basis: [koken]
        ---
        Je bereidt gerechten.
        """));

    assertEquals(List.of(), messages(result));
    Occupation kok = result.catalogue().occupation("kok").orElseThrow();
    assertEquals("http://data.europa.eu/esco/occupation/90f75f67-73dc-4b2b-b3d8-6d1d6f3a4ac9", kok.esco());
    assertEquals("5120", kok.isco());
  }

  @Test
  void anEscoUriOrIscoCodeOfAnotherShapeIsAnErrorAtItsValue() {
    LoadResult result = load(FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        esco: https://esco.ec.europa.eu/nl/kok
        isco: 51201
        competencies:
          basis: [koken]
        ---
        Je bereidt gerechten.
        """));

    List<String> messages = messages(result);
    assertTrue(messages.stream().anyMatch(m -> m.startsWith(at("beroepen/kok.md", 3, 7) + "error: invalid esco 'https://esco.ec.europa.eu/nl/kok' (write an ESCO occupation URI")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith(at("beroepen/kok.md", 4, 7) + "error: invalid isco '51201' (write an ISCO-08 code")), messages.toString());
    assertEquals("", result.catalogue().occupation("kok").orElseThrow().esco());
  }
}
