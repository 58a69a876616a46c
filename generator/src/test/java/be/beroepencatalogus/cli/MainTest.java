package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.FixtureSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void buildOfGoodContentExitsZeroAndSaysWhatItWrote() {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();

    assertEquals(0, run("build", "--content", content.toString(), "--out", dir.resolve("site").toString()));
    assertTrue(out.toString().startsWith("built 7 pages"), out.toString());
    assertTrue(Files.exists(dir.resolve("site/index.html")));
  }

  @Test
  void buildWithNoPdfWritesThePrintPagesButNoPdf() {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();

    assertEquals(0, run("build", "--no-pdf", "--timings", "--content", content.toString(), "--out", dir.resolve("site").toString(),
        "--cache", dir.resolve("cache").toString()));
    assertTrue(out.toString().contains("plans (pages) "), out.toString());
    assertTrue(Files.exists(dir.resolve("site/beroepen/kok/opleidingsplan/index.html")));
    assertFalse(Files.exists(dir.resolve("site/beroepen/kok/opleidingsplan.pdf")));
    assertFalse(Files.exists(dir.resolve("cache")));
  }

  @Test
  void contentErrorsExitOneWithOneLinePerProblemAndNoStackTrace() {
    Path content = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [kokken]\n---\nTekst.\n").dir();

    assertEquals(1, run("build", "--content", content.toString(), "--out", dir.resolve("site").toString()));
    List<String> lines = List.of(err.toString().split("\n"));
    assertEquals(content.resolve("beroepen/kok.md") + ":4:11: error: unknown competency 'kokken' (did you mean 'koken'?)", lines.get(0));
    assertEquals(4, lines.size(), err.toString());
    assertTrue(lines.get(3).startsWith("build failed: 1 error, 2 warnings; "), lines.get(3));
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void checkPrintsGithubAnnotationsOnRequest() {
    Path content = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [kokken]\n---\nTekst.\n").dir();

    assertEquals(1, run("check", "--content", content.toString(), "--format", "github"));
    assertTrue(err.toString().startsWith("::error file=" + content.resolve("beroepen/kok.md") + ",line=4,col=11::unknown competency 'kokken'"), err.toString());
  }

  @Test
  void checkOfGoodContentExitsZero() {
    assertEquals(0, run("check", "--content", FixtureSite.minimal(dir.resolve("content")).dir().toString()));
    assertTrue(out.toString().endsWith("0 errors, 0 warnings\n"), out.toString());
  }

  @Test
  void searchPrintsJsonWithSiteRelativeUrlsAndKeepsItsIndexInTheCache() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path cache = dir.resolve("cache");

    assertEquals(0, run("search", "groenten", "--json", "--content", content.toString(), "--cache", cache.toString()));
    JsonNode results = new ObjectMapper().readTree(out.toString());
    assertEquals("vaardigheid", results.get(0).get("type").asText());
    assertEquals("koken#snijdt-groenten", results.get(0).get("id").asText());
    assertEquals("Snijdt groenten", results.get(0).get("title").asText());
    assertEquals("/competenties/koken/#snijdt-groenten", results.get(0).get("url").asText());
    assertTrue(results.get(0).get("score").asDouble() > 0);
    assertEquals("Technieken tonen en laten oefenen.", results.get(0).get("snippet").asText());
    String stamp = Files.readString(cache.resolve("content.sha256"));

    FixtureSite.minimal(dir.resolve("content")).file("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n## Bakt brood\n\nDeeg.\n");
    out.getBuffer().setLength(0);
    assertEquals(0, run("search", "brood", "--content", content.toString(), "--cache", cache.toString()));
    assertTrue(out.toString().contains("Bakt brood"), out.toString());
    assertFalse(stamp.equals(Files.readString(cache.resolve("content.sha256"))), "the cache was not rebuilt");
  }

  @Test
  void searchOfBrokenContentExitsOneWithTheProblems() {
    Path content = FixtureSite.minimal(dir.resolve("content")).file("beroepen/kok.md", "---\ntitle: [\n---\n").dir();

    assertEquals(1, run("search", "koken", "--content", content.toString(), "--cache", dir.resolve("cache").toString()));
    assertTrue(err.toString().contains("beroepen/kok.md:2:"), err.toString());
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
    assertEquals(0, run("build", "--help"));
    assertEquals(0, run("check", "--help"));
    assertTrue(out.toString().contains("--base-url"));
  }

  @Test
  void anUnwritableOutputIsOneLineWithoutStackTrace() throws Exception {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path notASite = Files.createDirectories(dir.resolve("documenten"));
    Files.writeString(notASite.resolve("brief.txt"), "x");

    assertEquals(2, run("build", "--content", content.toString(), "--out", notASite.toString()));
    assertTrue(err.toString().startsWith("error: refusing to replace "), err.toString());
    assertEquals(1, err.toString().strip().split("\n").length, err.toString());
  }

  @Test
  void aMissingContentFolderIsAUsageError() {
    for (String command : List.of("build", "check", "search")) {
      err.getBuffer().setLength(0);
      String[] args = command.equals("search")
          ? new String[] {command, "kok", "--content", dir.resolve("nergens").toString()}
          : new String[] {command, "--content", dir.resolve("nergens").toString()};
      assertEquals(2, run(args), command);
      assertEquals("error: no such folder: " + dir.resolve("nergens") + " (--content)", err.toString().strip(), command);
    }
  }
}
