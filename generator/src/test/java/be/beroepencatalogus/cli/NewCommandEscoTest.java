package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.testing.Cli;
import be.beroepencatalogus.testing.EscoFixture;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandEscoTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  private Path content() {
    return EscoFixture.withList(FixtureSite.minimal(dir.resolve("content"))).dir();
  }

  private static List<String> problems(Path content) {
    return new SiteBuilder().check(content).problems().stream().map(Problem::format).toList();
  }

  @Test
  void anExactLabelFillsInTheOccupationFromEscoWithoutAQuestionAndCheckPasses() throws Exception {
    Path content = content();

    assertEquals(0, cli.runAnswering(List.of("1"), "new", "occupation", "--esco", "  Medewerker  CALLCENTER", "--content", content.toString()));

    Path file = content.resolve("beroepen/callcentermedewerker.md");
    assertEquals(file.toString(), cli.out().strip(), "nothing asked");
    String text = Files.readString(file);
    assertTrue(text.contains("title: \"Callcentermedewerker\"\n"), text);
    assertTrue(text.contains("aliases:\n  - \"callcentermedewerkster\"\n  - \"medewerker telemarketing\"\n"), text);
    assertFalse(text.contains("  - \"callcentermedewerker\""), "the title is no alias of itself");
    assertTrue(text.contains("esco: " + EscoFixture.CALLCENTER + "\nisco: \"5244\"\n"), text);
    assertTrue(text.contains("---\n\nCallcentermedewerkers (medewerkers belcentra) behandelen inkomende"), text);
    assertEquals(List.of(), problems(content));
  }

  @Test
  void aConceptUriIsTakenAsItIsAndATitleGivenWins() throws Exception {
    Path content = content();

    assertEquals(0, cli.run("new", "occupation", "Keukenkok", "--esco", EscoFixture.KOK, "--content", content.toString()));

    String text = Files.readString(content.resolve("beroepen/keukenkok.md"));
    assertTrue(text.contains("title: \"Keukenkok\"\n"), text);
    assertTrue(text.contains("  - \"kok\"\n"), "ESCO's preferred label becomes an alias: " + text);
    assertTrue(text.contains("isco: \"5120\""), text);
    assertEquals(List.of(), problems(content));
  }

  @Test
  void anInexactLabelListsNumberedCandidatesAndTheAnswerChooses() throws Exception {
    Path content = content();

    assertEquals(0, cli.runAnswering(List.of("2"), "new", "occupation", "--esco", "callcenter", "--content", content.toString()));

    String[] lines = cli.out().split("\n");
    assertEquals("ESCO occupations for 'callcenter':", lines[0]);
    assertTrue(lines[1].matches("  1\\. 0\\.\\d\\d  .+  http://data\\.europa\\.eu/esco/occupation/.+"), lines[1]);
    String second = lines[2].replaceAll("^  2\\. 0\\.\\d\\d  ([^(]+?)( \\(.*\\))?  http.*$", "$1");
    assertTrue(cli.out().contains("Which one (1-5)? "), cli.out());
    String title = second.substring(0, 1).toUpperCase() + second.substring(1);
    assertTrue(Files.readString(content.resolve("beroepen/" + be.beroepencatalogus.load.NewSource.idFor(title) + ".md")).contains("title: \"" + title + "\""));
  }

  @Test
  void withoutATerminalOrAnAnswerNothingIsWrittenAndTheCandidatesSayHowToChoose() throws Exception {
    Path content = content();
    List<Path> before;
    try (var files = Files.list(content.resolve("beroepen"))) {
      before = files.toList();
    }

    assertEquals(1, cli.run("new", "occupation", "--esco", "chef-kok", "--content", content.toString()));
    assertTrue(cli.out().startsWith("ESCO occupations for 'chef-kok':\n  1. 1.00  chefkok (chef-kok)  " + EscoFixture.CHEFKOK + "\n  2. 1.00  kok (chef-kok)  "
        + EscoFixture.KOK + "\n"), cli.out());
    assertEquals("error: nothing chosen: run again with --esco and the exact label or the concept URI of one of the occupations above\n", cli.err());
    assertEquals(1, cli.runAnswering(List.of(""), "new", "occupation", "--esco", "chef-kok", "--content", content.toString()));
    assertEquals(1, cli.runAnswering(List.of("9"), "new", "occupation", "--esco", "chef-kok", "--content", content.toString()));
    assertEquals("error: '9' is not a number from 1 to 5: nothing written\n", cli.err());
    try (var files = Files.list(content.resolve("beroepen"))) {
      assertEquals(before, files.toList());
    }
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    Path content = content();
    String before = Files.readString(content.resolve("beroepen/kok.md"));

    assertEquals(1, cli.run("new", "occupation", "--esco", "kok", "--content", content.toString()));
    assertTrue(cli.err().startsWith("error: " + content.resolve("beroepen/kok.md") + " already exists"), cli.err());
    assertEquals(before, Files.readString(content.resolve("beroepen/kok.md")));
  }

  @Test
  void withoutAListOrWithAnUnknownUriItIsOneLineError() {
    Path plain = FixtureSite.minimal(dir.resolve("plain")).dir();
    assertEquals(1, cli.run("new", "occupation", "--esco", "kok", "--content", plain.toString()));
    assertEquals("error: the catalogue has no ESCO list: add 'esco_list: <path of ESCO's occupations CSV, relative to the content folder>' to "
        + plain.resolve("site.yaml") + "\n", cli.err());

    Path content = content();
    assertEquals(1, cli.run("new", "occupation", "--esco", "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000", "--content", content.toString()));
    assertEquals(1, cli.err().lines().count());
    assertEquals(1, cli.run("new", "occupation", "--esco", "astronaut", "--content", content.toString()));
    assertTrue(cli.err().startsWith("error: no ESCO occupation matches 'astronaut'"), cli.err());
  }

  @Test
  void escoIsForOccupationsOnly() {
    assertEquals(2, cli.run("new", "competency", "Koken", "--esco", "kok", "--content", content().toString()));
    assertEquals(2, cli.run("new", "occupation", "--content", content().toString()));
  }
}
