package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's updates: each leaves the site a full build of the same content would write, byte for byte, while
 * re-rendering only the pages the change shows on.
 */
class SiteSessionTest {
  private static final String BASE = "/";

  @TempDir Path dir;
  private FixtureSite site;
  private SiteSession session;

  @BeforeEach
  void start() throws Exception {
    site = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/hulpkok.md", """
            ---
            title: Hulpkok
            competencies:
              basis:
                - koken
                - afwassen
            key_skills:
              - id: hygienisch-werken
                description: De cursist houdt de keuken proper.
            ---

            Je helpt in de keuken.
            """)
        .file("competenties/afwassen.md", """
            ---
            title: Afwassen
            ---

            ## Bedient de vaatwasser

            Tonen hoe de machine werkt.
            """);
    session = new SiteBuilder().session(site.dir(), dir.resolve("serve"), dir.resolve("cache"), BASE);
    assertTrue(session.buildAll().ok());
    session.awaitBackground();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  @Test
  void everyKindOfEditLeavesTheSiteAFullBuildWouldWrite() throws Exception {
    List<String> edits = List.of(
        "competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n- Recepten uitvoeren\n",
        "competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n",
        "competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n",
        "sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch werken\n---\n\nJe werkt proper, veilig en netjes.\n",
        "sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch en veilig werken\n---\n\nJe werkt proper, veilig en netjes.\n",
        "beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis:\n    - koken\n  specifiek:\n    - afwassen\nkey_skills:\n  - id: hygienisch-werken\n    description: De cursist werkt volgens de HACCP-regels.\n---\n\nJe bereidt en serveert gerechten.\n");
    for (int i = 0; i < edits.size(); i += 2) {
      SiteSession.Update update = save(edits.get(i), edits.get(i + 1));
      assertTrue(update.ok(), update.problems().toString());
      session.awaitBackground();

      Path fresh = dir.resolve("fresh-" + i);
      BuildResult built = new SiteBuilder().build(new BuildOptions(site.dir(), fresh, Optional.of(BASE), dir.resolve("fresh-cache-" + i)));
      assertTrue(built.succeeded(), built.problems().toString());
      assertSameFiles(new BuiltSite(fresh).files(), new BuiltSite(session.outDir()).files(), "after saving " + edits.get(i) + " (edit " + (i / 2 + 1) + ")");
    }
  }

  @Test
  void anUpdateWritesTheChangedFilesPagesAndLeavesThePagesThatShowThemToTheBackground() throws Exception {
    // A text of a competency: its page now, the print pages of kok and hulpkok later.
    assertPages(1, 2, save("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n"));
    // A new title shows in the lists (home, search) now, and on the occupation pages too.
    assertPages(3, 4, save("competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n"));
    // A key skill's definition shows on its own page only; occupations print their own text for it.
    assertPages(1, 0, save("sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch werken\n---\n\nJe werkt netjes.\n"));
  }

  @Test
  void editorLockAndBackupFilesAreNotContent() throws Exception {
    SiteSession.Update update = save("competenties/._koken.md", "\u0000\u0005 geen tekst");
    assertTrue(update.ok(), update.problems().toString());
    assertEquals(0, update.pages());
  }

  @Test
  void aPageLeftToTheBackgroundIsRenderedWhenAskedForBeforeThen() throws Exception {
    save("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");
    Path plan = session.outDir().resolve("beroepen/hulpkok/opleidingsplan/index.html");

    session.freshen(plan);

    assertTrue(Files.readString(plan).contains("Met een bot mes."));
  }

  @Test
  void savesInQuickSuccessionEndAsAFullBuild() throws Exception {
    save("competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");
    save("beroepen/hulpkok.md", "---\ntitle: Keukenhulp\ncompetencies:\n  basis:\n    - koken\n---\n\nJe helpt.\n");
    save("competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n");
    save("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n\n## Bedient de vaatwasser\n\nTonen.\n");
    session.awaitBackground();

    Path fresh = dir.resolve("fresh");
    assertTrue(new SiteBuilder().build(new BuildOptions(site.dir(), fresh, Optional.of(BASE), dir.resolve("fresh-cache"))).succeeded());
    assertSameFiles(new BuiltSite(fresh).files(), new BuiltSite(session.outDir()).files(), "after four quick saves");
  }

  private static void assertPages(int now, int following, SiteSession.Update update) {
    assertTrue(update.ok(), update.problems().toString());
    assertEquals(List.of(now, following), List.of(update.pages(), update.following()), "pages written now, pages that follow");
  }

  private SiteSession.Update save(String relativePath, String text) throws Exception {
    site.file(relativePath, text);
    return session.update(List.of(site.dir().resolve(relativePath)), done -> {});
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet(), when);
    Map<String, String> different = new TreeMap<>();
    expected.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, actual.get(path))) {
        different.put(path, firstDifferentLine(bytes, actual.get(path)));
      }
    });
    assertEquals(Map.of(), different, when + ": files that differ from a full build (with the first line that does)");
  }

  private static String firstDifferentLine(byte[] expected, byte[] actual) {
    List<String> want = new String(expected, StandardCharsets.UTF_8).lines().toList();
    List<String> got = new String(actual, StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        return "line " + (i + 1) + ": expected '" + want.get(i).strip() + "' but was '" + got.get(i).strip() + "'";
      }
    }
    return "lengths differ";
  }
}
