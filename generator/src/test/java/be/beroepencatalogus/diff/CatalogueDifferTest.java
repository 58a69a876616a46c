package be.beroepencatalogus.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueDifferTest {
  @TempDir Path dir;
  private int sites;

  /** The minimal fixture catalogue, edited. */
  private Catalogue catalogue(UnaryOperator<FixtureSite> edit) {
    LoadResult loaded = new ContentLoader().load(edit.apply(FixtureSite.minimal(dir.resolve("site" + sites++))).dir());
    assertEquals(List.of(), loaded.problems());
    return loaded.catalogue();
  }

  /** The diff as text lines, without the header and the summary. */
  private List<String> lines(Catalogue before, Catalogue after) {
    List<String> lines = DiffFormatter.text(new CatalogueDiffer().compare(before, after), "main", "1234567").lines().toList();
    return lines.subList(1, lines.size() - 1);
  }

  private static final String KOKEN = """
      ---
      title: Gerechten bereiden
      ---

      ## Snijdt groenten

      Technieken tonen en laten oefenen.

      ## Kent de recepten

      - Recepten lezen
      - Recepten uitvoeren
      """;

  @Test
  void theSameCatalogueHasNoChanges() {
    CatalogueDiff diff = new CatalogueDiffer().compare(catalogue(s -> s), catalogue(s -> s));
    assertTrue(diff.isEmpty());
    assertEquals("no changes", diff.summary());
  }

  @Test
  void addedAndRemovedItemsComeBeforeChangedOnesEachByIdWithTheirTitles() {
    Catalogue before = catalogue(s -> s.file("beroepen/slager.md", "---\ntitle: Slager\ncompetencies:\n  basis: [koken]\n---\nVlees.\n"));
    Catalogue after = catalogue(s -> s
        .file("beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [bakken]\n---\nBrood.\n")
        .file("competenties/bakken.md", "---\ntitle: Bakken\n---\n## Kneedt deeg\n\nVoordoen.\n"));

    assertEquals(List.of(
        "occupation added: bakker \"Bakker\"",
        "occupation removed: slager \"Slager\"",
        "competency added: bakken \"Bakken\""), lines(before, after));
    CatalogueDiff diff = new CatalogueDiffer().compare(before, after);
    assertEquals("1 occupation added, 1 occupation removed, 1 competency added; affects 2 occupations", diff.summary());
    assertEquals(List.of("bakker", "slager"), List.copyOf(diff.affectedOccupations()));
  }

  @Test
  void occupationFieldsAliasesCompetencyOrderAndKeySkillDescriptions() {
    Catalogue before = catalogue(s -> s
        .file("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n## Wast af\n\nVoordoen.\n")
        .file("beroepen/kok.md", """
            ---
            title: Kok
            aliases: [keukenkok, kokkin]
            sector: Horeca
            competencies:
              basis: [koken, afwassen]
            key_skills:
              - id: hygienisch-werken
                description: De cursist werkt volgens de HACCP-regels.
            ---
            Je bereidt gerechten.
            """));
    Catalogue after = catalogue(s -> s
        .file("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n## Wast af\n\nVoordoen.\n")
        .file("beroepen/kok.md", """
            ---
            title: Kok
            aliases: [keukenkok, chef]
            duration: 6 maanden
            competencies:
              basis: [afwassen, koken]
            key_skills:
              - id: hygienisch-werken
                description: De cursist werkt proper.
            ---
            Je bereidt warme gerechten.
            """));

    assertEquals(List.of(
        "occupation kok: alias added: \"chef\"",
        "occupation kok: alias removed: \"kokkin\"",
        "occupation kok: sector changed: \"Horeca\" -> \"\"",
        "occupation kok: duration changed: \"\" -> \"6 maanden\"",
        "occupation kok: description changed",
        "occupation kok: order of basis competencies changed",
        "occupation kok: key skill description changed: hygienisch-werken"), lines(before, after));
  }

  @Test
  void aCompetencyRemovedFromAnOccupationAndItsFileIsNamedInBoth() {
    Catalogue before = catalogue(s -> s
        .file("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n## Wast af\n\nVoordoen.\n")
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [koken]\n  specifiek: [afwassen]\n---\nTekst.\n"));
    Catalogue after = catalogue(s -> s.file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [koken]\n---\nTekst.\n"));

    assertEquals(List.of(
        "occupation kok: competency removed (specifiek): afwassen",
        "competency removed: afwassen \"Afwassen\""), lines(before, after));
    assertEquals("1 occupation changed, 1 competency removed; affects 1 occupation",
        new CatalogueDiffer().compare(before, after).summary());
  }

  @Test
  void skillsAreMatchedByAnchorAndARenameKeepsItsTrainingActions() {
    Catalogue before = catalogue(s -> s.file("competenties/koken.md", KOKEN));
    Catalogue after = catalogue(s -> s.file("competenties/koken.md", """
        ---
        title: Gerechten bereiden
        ---
        Een inleiding.

        ## Kent de recepten

        - Recepten lezen
        - Recepten bespreken
        - Recepten uitvoeren

        ## Snijdt groenten fijn

        Technieken tonen en laten oefenen.
        """));

    assertEquals(List.of(
        "competency koken: introduction changed",
        "competency koken: training action added to \"Kent de recepten\": \"Recepten bespreken\"",
        "competency koken: skill renamed: \"Snijdt groenten\" -> \"Snijdt groenten fijn\" (#snijdt-groenten -> #snijdt-groenten-fijn)",
        "competency koken: order of skills changed",
        "competency koken: affects 1 occupation: kok"), lines(before, after));
  }

  @Test
  void aSkillWithAnExplicitAnchorKeepsItWhenItsTitleChangesAndRemovedSkillsComeLast() {
    Catalogue before = catalogue(s -> s.file("competenties/koken.md", KOKEN.replace("## Kent de recepten", "## Kent de recepten {#recepten}")));
    Catalogue after = catalogue(s -> s.file("competenties/koken.md", """
        ---
        title: Koken
        ---
        ## Kent alle recepten {#recepten}

        - Recepten lezen
        """));

    assertEquals(List.of(
        "competency koken: title changed: \"Gerechten bereiden\" -> \"Koken\"",
        "competency koken: skill title changed: \"Kent de recepten\" -> \"Kent alle recepten\" (#recepten)",
        "competency koken: training action removed from \"Kent alle recepten\": \"Recepten uitvoeren\"",
        "competency koken: skill removed: \"Snijdt groenten\" (#snijdt-groenten)",
        "competency koken: affects 1 occupation: kok"), lines(before, after));
  }

  @Test
  void keySkillsAndSettings() {
    Catalogue before = catalogue(s -> s);
    Catalogue after = catalogue(s -> s
        .file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://beroepen.example.org/\n")
        .file("sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch en veilig werken\n---\n\nJe werkt proper, veilig en ordelijk.\n"));

    assertEquals(List.of(
        "settings: base_url changed: \"https://example.org/\" -> \"https://beroepen.example.org/\"",
        "settings: published domain changed: example.org -> beroepen.example.org",
        "key skill hygienisch-werken: title changed: \"Hygiënisch werken\" -> \"Hygiënisch en veilig werken\"",
        "key skill hygienisch-werken: definition changed",
        "key skill hygienisch-werken: affects 1 occupation: kok"), lines(before, after));
    assertEquals("settings changed, 1 key skill changed; affects 1 occupation", new CatalogueDiffer().compare(before, after).summary());
  }

  @Test
  void aNewPathOnTheSameDomainIsNoChangeOfDomain() {
    Catalogue before = catalogue(s -> s);
    Catalogue after = catalogue(s -> s.file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://Example.org/catalogus/\n"));

    assertEquals(List.of("settings: base_url changed: \"https://example.org/\" -> \"https://Example.org/catalogus/\""), lines(before, after));
  }

  @Test
  void markdownEscapesTheAuthorsTextAndNamesAtMostTwentyOccupations() {
    Catalogue before = catalogue(s -> s);
    Catalogue after = catalogue(s -> {
      s.file("competenties/koken.md", KOKEN.replace("title: Gerechten bereiden", "title: \"Gerechten *bereiden* <b>en</b> `serveren`\""));
      for (int i = 1; i <= 22; i++) {
        s.file("beroepen/kok-" + i + ".md", "---\ntitle: Kok " + i + "\ncompetencies:\n  basis: [koken]\n---\nTekst.\n");
      }
      return s;
    });
    String md = DiffFormatter.markdown(new CatalogueDiffer().compare(before, after), "main", "1234567");

    assertTrue(md.contains("- **Changed:** Gerechten \\*bereiden\\* \\<b\\>en\\</b\\> \\`serveren\\` (`koken`)\n"), md);
    assertTrue(md.contains("  - title changed: \"Gerechten bereiden\" → \"Gerechten \\*bereiden\\* \\<b\\>en\\</b\\> \\`serveren\\`\"\n"), md);
    assertTrue(md.contains("  - affects 23 occupations: Kok (`kok`), Kok 1 (`kok-1`), Kok 10 (`kok-10`), "), md);
    assertTrue(md.contains(", Kok 6 (`kok-6`) and 3 more\n"), md);
    assertTrue(md.startsWith("## Catalogue changes since `main` (`1234567`)\n\n**Summary:** 22 occupations added, 1 competency changed; affects 23 occupations\n"), md);
  }
}
