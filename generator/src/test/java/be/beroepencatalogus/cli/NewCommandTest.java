package be.beroepencatalogus.cli;

import be.beroepencatalogus.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  private int run(String... args) {
    return cli.run(args);
  }

  private List<Problem> errors(Path content) {
    return new SiteBuilder().check(content).problems().stream().filter(Problem::isError).toList();
  }

  @Test
  void eachKindGetsAFileNamedAfterItsTitleAndCheckPassesRightAfter() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();

    assertEquals(0, run("new", "competency", "Potentiële klanten", "--content", content.toString()));
    assertEquals(content.resolve("competenties/potentiele-klanten.md").toString(), cli.out().strip());
    assertEquals(0, run("new", "key-skill", "Stressbestendig zijn", "--content", content.toString()));
    assertEquals(0, run("new", "occupation", "Medewerker klantendienst", "--content", content.toString()));

    assertEquals(List.of(), errors(content));
    String occupation = Files.readString(content.resolve("beroepen/medewerker-klantendienst.md"));
    assertTrue(occupation.contains("title: \"Medewerker klantendienst\""), occupation);
    assertTrue(occupation.contains("# "), "the scaffold explains its keys");
    assertTrue(Files.readString(content.resolve("competenties/potentiele-klanten.md")).contains("title: \"Potentiële klanten\""));
  }

  @Test
  void itNeverOverwritesAFile() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    String before = Files.readString(content.resolve("competenties/koken.md"));

    assertEquals(1, run("new", "competency", "Koken", "--content", content.toString()));
    assertTrue(cli.err().startsWith("error: " + content.resolve("competenties/koken.md") + " already exists"), cli.err());
    assertEquals(before, Files.readString(content.resolve("competenties/koken.md")));
  }

  @Test
  void anUnknownKindOrATitleWithoutLettersIsAUsageError() {
    assertEquals(2, run("new", "beroep", "Kok", "--content", dir.toString()));
    assertEquals(2, run("new", "competency", "???", "--content", dir.toString()));
    assertEquals(2, run("new", "competency"));
  }
}
