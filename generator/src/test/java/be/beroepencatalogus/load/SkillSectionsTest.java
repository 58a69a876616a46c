package be.beroepencatalogus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Skill;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SkillSections parses only the headings' inlines: these bodies pin what the full parse gave, for headings with
 * inline markup, a '##' in fenced code, setext headings and link reference definitions (block level, so still
 * seen by a heading's links).
 */
class SkillSectionsTest {
  private static final String BODY = String.join("\n",
      "Inleiding met **vet** en een [link][ref].",
      "",
      "[ref]: https://example.org/ \"Titel\"",
      "[Engels]: /kennis/engels/",
      "",
      "## **Veilig** werken met `git` en _stijl_",
      "",
      "Oefenen.",
      "",
      "```",
      "## geen vaardigheid",
      "```",
      "",
      "## Prijs \\*inclusief\\* &amp; Caf&eacute; &#169; \\# nr",
      "",
      "- Een lijst",
      "",
      "Kennis van [Engels] en [ref]",
      "-----------------------------",
      "",
      "Setext-oefening.",
      "",
      "Tweede regel",
      "van een setext-titel",
      "---",
      "",
      "Tekst.",
      "",
      "## Met <span>html</span> en een harde  ",
      "",
      "Na de titel.",
      "",
      "    ## ingesprongen code",
      "",
      "## Met ankers {#eigen-anker}",
      "",
      "Tekst.",
      "");

  @Test
  void headingsAndTheirTitlesAreAsTheFullParseGave() {
    List<Problem> problems = new ArrayList<>();
    SkillSections.Result result = new SkillSections().split(new SourceFile("c.md", BODY), BODY, 5, problems);

    assertEquals("Inleiding met **vet** en een [link][ref].\n\n[ref]: https://example.org/ \"Titel\"\n[Engels]: /kennis/engels/", result.intro());
    List<Skill> skills = result.skills();
    assertEquals(
        List.of(
            "Veilig werken met git en stijl",
            "Prijs *inclusief* & Café © # nr",
            "Kennis van Engels en ref",
            "Tweede regel van een setext-titel",
            "Met html en een harde",
            "Met ankers"),
        skills.stream().map(Skill::title).toList());
    assertEquals(
        List.of("veilig-werken-met-git-en-stijl", "prijs-inclusief-cafe-nr", "kennis-van-engels-en-ref",
            "tweede-regel-van-een-setext-titel", "met-html-en-een-harde", "eigen-anker"),
        skills.stream().map(Skill::anchor).toList());
    assertEquals(List.of(10, 18, 22, 27, 33, 39), skills.stream().map(s -> s.source().line()).toList());
    assertEquals("Oefenen.\n\n```\n## geen vaardigheid\n```", skills.get(0).trainingActionsMarkdown());
    assertEquals("- Een lijst", skills.get(1).trainingActionsMarkdown());
    assertEquals("Setext-oefening.", skills.get(2).trainingActionsMarkdown());
    assertEquals("Na de titel.\n\n    ## ingesprongen code", skills.get(4).trainingActionsMarkdown());
    assertEquals(List.of(), problems);
  }

  @Test
  void aLevelOneHeadingIsStillFoundAndReported() {
    String body = "Intro\n===\n\n## Vaardigheid\n\nTekst.\n";
    List<Problem> problems = new ArrayList<>();
    SkillSections.Result result = new SkillSections().split(new SourceFile("c.md", body), body, 3, problems);
    assertEquals(List.of("Vaardigheid"), result.skills().stream().map(Skill::title).toList());
    assertEquals(List.of("c.md:3:1 a '#' heading in a competency"), problems.stream().map(p -> p.source() + " " + p.message()).toList());
  }
}
