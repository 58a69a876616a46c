package be.beroepencatalogus.cli;

import be.beroepencatalogus.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.FixtureSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void buildOfGoodContentExitsZeroAndSaysWhatItWrote() {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();

    assertEquals(0, run("build", "--content", content.toString(), "--out", dir.resolve("site").toString()));
    assertTrue(cli.out().startsWith("built 12 pages"), cli.out());
    assertTrue(Files.exists(dir.resolve("site/index.html")));
  }

  @Test
  void buildWithNoPdfWritesThePrintPagesButNoPdf() {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();

    assertEquals(0, run("build", "--no-pdf", "--timings", "--content", content.toString(), "--out", dir.resolve("site").toString(),
        "--cache", dir.resolve("cache").toString()));
    assertTrue(cli.out().contains("plans (pages) "), cli.out());
    assertTrue(Files.exists(dir.resolve("site/beroepen/kok/opleidingsplan/index.html")));
    assertFalse(Files.exists(dir.resolve("site/beroepen/kok/opleidingsplan.pdf")));
    assertFalse(Files.exists(dir.resolve("cache")));
  }

  @Test
  void contentErrorsExitOneWithOneLinePerProblemAndNoStackTrace() {
    Path content = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [kokken]\n---\nTekst.\n").dir();

    assertEquals(1, run("build", "--content", content.toString(), "--out", dir.resolve("site").toString()));
    List<String> lines = List.of(cli.err().split("\n"));
    assertEquals(content.resolve("beroepen/kok.md") + ":4:11: error: unknown competency 'kokken' (did you mean 'koken'?)", lines.get(0));
    assertEquals(4, lines.size(), cli.err());
    assertTrue(lines.get(3).startsWith("build failed: 1 error, 2 warnings; "), lines.get(3));
    assertFalse(cli.err().contains("\tat "), cli.err());
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void checkPrintsGithubAnnotationsOnRequest() {
    Path content = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [kokken]\n---\nTekst.\n").dir();

    assertEquals(1, run("check", "--content", content.toString(), "--format", "github"));
    assertTrue(cli.err().startsWith("::error file=" + content.resolve("beroepen/kok.md") + ",line=4,col=11::unknown competency 'kokken'"), cli.err());
  }

  @Test
  void checkOfGoodContentExitsZero() {
    assertEquals(0, run("check", "--content", FixtureSite.minimal(dir.resolve("content")).dir().toString()));
    assertTrue(cli.out().endsWith("0 errors, 0 warnings\n"), cli.out());
  }

  @Test
  void searchPrintsJsonWithSiteRelativeUrlsAndKeepsItsIndexInTheCache() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path cache = dir.resolve("cache");

    assertEquals(0, run("search", "groenten", "--json", "--content", content.toString(), "--cache", cache.toString()));
    JsonNode results = new ObjectMapper().readTree(cli.out());
    assertEquals("vaardigheid", results.get(0).get("type").asText());
    assertEquals("koken#snijdt-groenten", results.get(0).get("id").asText());
    assertEquals("Snijdt groenten", results.get(0).get("title").asText());
    assertEquals("/competenties/koken/#snijdt-groenten", results.get(0).get("url").asText());
    assertTrue(results.get(0).get("score").asDouble() > 0);
    assertEquals("Technieken tonen en laten oefenen.", results.get(0).get("snippet").asText());
    String stamp = Files.readString(cache.resolve("content.sha256"));

    FixtureSite.minimal(dir.resolve("content")).file("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n## Bakt brood\n\nDeeg.\n");
        assertEquals(0, run("search", "brood", "--content", content.toString(), "--cache", cache.toString()));
    assertTrue(cli.out().contains("Bakt brood"), cli.out());
    assertFalse(stamp.equals(Files.readString(cache.resolve("content.sha256"))), "the cache was not rebuilt");
  }

  @Test
  void searchQueriesAnswersEachLineAsJsonAndScoresTheExpectedPages() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path queries = dir.resolve("queries.tsv");
    Files.writeString(queries, "# a comment\ngroenten\t/competenties/koken/#snijdt-groenten\tword\nkok\tkok\tname\n\nxyzzy\tkok\tname\nbrood\n");

    assertEquals(0, run("search", "--queries", queries.toString(), "--content", content.toString(), "--cache", dir.resolve("cache").toString()));
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : cli.out().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertEquals(List.of("groenten", "kok", "xyzzy", "brood"), lines.stream().map(l -> l.get("query").asText()).toList());
    assertEquals(1, lines.get(1).get("rank").asInt());
    assertEquals("/beroepen/kok/", lines.get(1).get("results").get(0).get("url").asText());
    assertEquals(0, lines.get(2).get("rank").asInt());
    assertFalse(lines.get(3).has("rank"), "a line without an expected page is not scored");
    assertTrue(cli.err().contains("all               3 queries  top-1    2 ( 66.7%)  top-3    2 ( 66.7%)  MRR 0.667"), cli.err());
    assertTrue(cli.err().contains("  name            2 queries  top-1    1 ( 50.0%)"), cli.err());
    assertTrue(cli.err().contains("miss (not in top 10) name: \"xyzzy\" expected kok, first nothing"), cli.err());
  }

  @Test
  void searchOfBrokenContentExitsOneWithTheProblems() {
    Path content = FixtureSite.minimal(dir.resolve("content")).file("beroepen/kok.md", "---\ntitle: [\n---\n").dir();

    assertEquals(1, run("search", "koken", "--content", content.toString(), "--cache", dir.resolve("cache").toString()));
    assertTrue(cli.err().contains("beroepen/kok.md:2:"), cli.err());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run("search"));
    assertEquals(2, run("search", "x", "--type", "boek"));
    assertEquals(2, run("build", "--no-such-option"));
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run());
  }

  @Test
  void everyCommandHasHelp() {
    assertEquals(0, run("--help"));
    assertEquals(0, run("check", "--help"));
    assertEquals(0, run("build", "--help"));
    assertTrue(cli.out().contains("--base-url"));
  }

  @Test
  void anUnwritableOutputIsOneLineWithoutStackTrace() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path notASite = Files.createDirectories(dir.resolve("documenten"));
    Files.writeString(notASite.resolve("brief.txt"), "x");

    assertEquals(2, run("build", "--content", content.toString(), "--out", notASite.toString()));
    assertTrue(cli.err().startsWith("error: refusing to replace "), cli.err());
    assertEquals(1, cli.err().strip().split("\n").length, cli.err());
  }

  @Test
  void aMissingContentFolderIsAUsageError() {
    for (String command : List.of("build", "check", "search")) {
            String[] args = command.equals("search")
          ? new String[] {command, "kok", "--content", dir.resolve("nergens").toString()}
          : new String[] {command, "--content", dir.resolve("nergens").toString()};
      assertEquals(2, run(args), command);
      assertEquals("error: no such folder: " + dir.resolve("nergens") + " (--content)", cli.err().strip(), command);
    }
  }
}
