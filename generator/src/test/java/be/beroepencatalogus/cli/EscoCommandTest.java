package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.testing.Cli;
import be.beroepencatalogus.testing.EscoFixture;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoCommandTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  private FixtureSite site() {
    return EscoFixture.withList(FixtureSite.minimal(dir.resolve("content")))
        .file("beroepen/bakker.md", """
            ---
            title: Bakker
            esco: http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000
            competencies:
              basis: [koken]
            ---

            Je bakt brood.
            """);
  }

  @Test
  void suggestListsScoredCandidatesForEachOccupationWithoutEscoExactLabelsFirst() {
    Path content = site().dir();

    assertEquals(0, cli.run("esco", "suggest", "--content", content.toString()));

    assertEquals(content.resolve("beroepen/kok.md") + ": Kok\n"
        + "  1.00  kok  " + EscoFixture.KOK + "  isco 5120\n"
        + "  0.73  chefkok (chef-kok)  " + EscoFixture.CHEFKOK + "  isco 3434\n"
        + "  0.62  industriële kok  http://data.europa.eu/esco/occupation/11e6d39e-1295-40e7-8eea-3eb042bc7e34  isco 5120\n"
        + "1 occupation without esco:. To link one, add the candidate you confirm to its front matter: esco: <URI> and isco: \"<code>\" (as listed).\n",
        cli.out());
  }

  @Test
  void theLimitSetsHowManyAndAnOccupationWithoutMatchesSaysSo() {
    Path content = site().file("beroepen/astronaut.md", """
        ---
        title: Astronaut
        competencies:
          basis: [koken]
        ---

        Je vliegt.
        """).dir();

    assertEquals(0, cli.run("esco", "suggest", "--limit", "1", "--content", content.toString()));

    assertEquals(content.resolve("beroepen/astronaut.md") + ": Astronaut\n  no candidates\n"
        + content.resolve("beroepen/kok.md") + ": Kok\n  1.00  kok  " + EscoFixture.KOK + "  isco 5120\n"
        + "2 occupations without esco:. To link one, add the candidate you confirm to its front matter: esco: <URI> and isco: \"<code>\" (as listed).\n",
        cli.out());
  }

  @Test
  void whenEveryOccupationIsLinkedItSaysSo() {
    Path content = site().file("beroepen/kok.md", """
        ---
        title: Kok
        esco: %s
        competencies:
          basis: [koken]
        key_skills:
          - id: hygienisch-werken
            description: Proper.
        ---

        Je kookt.
        """.formatted(EscoFixture.KOK)).dir();

    assertEquals(0, cli.run("esco", "suggest", "--content", content.toString()));
    assertEquals("every occupation has an esco: link\n", cli.out());
  }

  @Test
  void withoutAListItIsAOneLineErrorAndABadLimitIsAUsageError() {
    Path plain = FixtureSite.minimal(dir.resolve("plain")).dir();

    assertEquals(1, cli.run("esco", "suggest", "--content", plain.toString()));
    assertEquals(1, cli.err().lines().count(), cli.err());
    assertEquals(2, cli.run("esco", "suggest", "--limit", "0", "--content", site().dir().toString()));
    assertEquals(2, cli.run("esco", "suggest", "--content", dir.resolve("missing").toString()));
    assertEquals(2, cli.run("esco"));
  }
}
