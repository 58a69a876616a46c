package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.FixtureSite;
import java.io.PrintWriter;
import java.io.StringWriter;
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
  void usageErrorsExitTwo() {
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

    assertEquals(1, run("build", "--content", content.toString(), "--out", notASite.toString()));
    assertTrue(err.toString().startsWith("error: refusing to replace "), err.toString());
    assertEquals(1, err.toString().strip().split("\n").length, err.toString());
  }
}
