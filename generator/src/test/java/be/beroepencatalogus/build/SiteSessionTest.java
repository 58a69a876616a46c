package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.EscoFixture;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's session: after each edit, the pages it renders when asked for and the files that follow in the background
 * are what a full build of the same content writes, byte for byte.
 */
class SiteSessionTest {
  private static final String BASE = "/";

  @TempDir Path dir;
  private FixtureSite site;
  private SiteSession session;
  private final List<Integer> pdfsMade = new CopyOnWriteArrayList<>();

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
    session.listen(new SiteSession.Listener() {
      @Override
      public void followed(int pdfs, Duration elapsed) {
        pdfsMade.add(pdfs);
      }
    });
    assertTrue(session.start().ok());
    session.awaitBackground();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  @Test
  void everyKindOfEditLeavesTheSiteAFullBuildWouldWrite() throws Exception {
    List<String> edits = Arrays.asList(
        "competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n- Recepten uitvoeren\n",
        "competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n",
        "competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n",
        "sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch werken\n---\n\nJe werkt proper, veilig en netjes.\n",
        "sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch en veilig werken\n---\n\nJe werkt proper, veilig en netjes.\n",
        "beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis:\n    - koken\n  specifiek:\n    - afwassen\nkey_skills:\n  - id: hygienisch-werken\n    description: De cursist werkt volgens de HACCP-regels.\n---\n\nJe bereidt en serveert gerechten.\n",
        "beroepen/hulpkok.md", null);
    for (int i = 0; i < edits.size(); i += 2) {
      SiteSession.Update update = save(edits.get(i), edits.get(i + 1));
      assertTrue(update.ok(), update.problems().toString());
      session.awaitBackground();

      assertServesAFullBuild("after saving " + edits.get(i) + " (edit " + (i / 2 + 1) + ")");
    }
    assertEquals(Optional.empty(), session.page("/beroepen/hulpkok/"));
    assertEquals(Optional.empty(), session.page("/beroepen/hulpkok/opleidingsplan/"));
  }

  @Test
  void anEditShowsOnEveryPageAtOnceWithoutWaitingForTheBackground() throws Exception {
    save("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");

    assertTrue(page("/beroepen/hulpkok/opleidingsplan/").contains("Met een bot mes."));
    assertTrue(page("/beroepen/kok/").contains("Gerechten bereiden"));
    assertTrue(page("/competenties/koken/index.html").contains("Met een bot mes."));
  }

  @Test
  void onlyThePdfsOfPlansThatChangedAreMadeAgain() throws Exception {
    assertEquals(List.of(2), pdfsMade, "both plans at the start");

    save("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n\n## Bedient de vaatwasser\n\nTonen hoe de machine werkt en laten oefenen.\n");
    session.awaitBackground();
    save("sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch werken\n---\n\nJe werkt netjes.\n");
    session.awaitBackground();

    assertEquals(List.of(2, 1, 0), pdfsMade, "hulpkok's plan prints afwassen; a key skill's definition is on its own page only");
  }

  @Test
  void newTemplatesShowOnThePagesAndMakeEveryPdfAgain() throws Exception {
    session.useTemplates(Templates.precompiled());
    session.awaitBackground();

    assertEquals(List.of(2, 2), pdfsMade);
    assertServesAFullBuild("after new templates");
  }

  @Test
  void aChangeWithErrorsLeavesTheLastGoodSite() throws Exception {
    SiteSession.Update update = save("competenties/koken.md", "---\ntitel: Koken\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");

    assertFalse(update.ok());
    assertFalse(page("/competenties/koken/").contains("bot mes"));
  }

  @Test
  void editorLockAndBackupFilesAreNotContent() throws Exception {
    SiteSession.Update update = save("competenties/._koken.md", "\u0000\u0005 geen tekst");
    assertTrue(update.ok(), update.problems().toString());
    assertEquals(0, update.files());
  }

  @Test
  void anEditedEscoListIsReadAgainAndTheLinksCheckedAgainstIt() throws Exception {
    save("esco/occupations_nl.csv", EscoFixture.text());
    assertTrue(save("site.yaml", "title: Testcatalogus\nesco_list: esco/occupations_nl.csv\n").ok());
    assertTrue(save("beroepen/hulpkok.md", "---\ntitle: Hulpkok\nesco: " + EscoFixture.KOK + "\ncompetencies:\n  basis:\n    - koken\n---\n\nJe helpt.\n").ok());

    String withoutKok = EscoFixture.text().replace(EscoFixture.KOK, EscoFixture.KOK.replace("90f75f67", "00000000"));
    SiteSession.Update update = save("esco/occupations_nl.csv", withoutKok);

    assertFalse(update.ok());
    assertTrue(update.problems().stream().anyMatch(p -> p.message().startsWith("unknown esco '" + EscoFixture.KOK + "'")), update.problems().toString());
  }

  @Test
  void anEditedSynonymsFileIsReadAgainAndChecked() throws Exception {
    assertTrue(save("synoniemen.yaml", "- keukenhulp = hulpkok\n").ok());

    SiteSession.Update broken = save("synoniemen.yaml", "- keukenhulp = hulpkok -> kok\n");
    assertFalse(broken.ok());
    assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("either '=' or '->'")), broken.problems().toString());

    assertTrue(save("synoniemen.yaml", "- keukenhulp -> hulpkok\n").ok(), "fixed again");
  }

  @Test
  void savesInQuickSuccessionEndAsAFullBuild() throws Exception {
    save("competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");
    save("beroepen/hulpkok.md", "---\ntitle: Keukenhulp\ncompetencies:\n  basis:\n    - koken\n---\n\nJe helpt.\n");
    save("competenties/koken.md", "---\ntitle: Koken\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n");
    save("competenties/afwassen.md", "---\ntitle: Afwassen\n---\n\n## Bedient de vaatwasser\n\nTonen.\n");
    session.awaitBackground();

    assertServesAFullBuild("after four quick saves");
  }

  private String page(String sitePath) {
    return new String(session.page(sitePath).orElseThrow(), StandardCharsets.UTF_8);
  }

  /** Writes (or, with null, deletes) a content file and hands it to the session as the watcher would. */
  private SiteSession.Update save(String relativePath, String text) throws Exception {
    if (text == null) {
      Files.delete(site.dir().resolve(relativePath));
    } else {
      site.file(relativePath, text);
    }
    return session.update(List.of(site.dir().resolve(relativePath)));
  }

  /** Each file of a fresh build is what serve answers for its path: a page it renders, or a file in its folder. */
  private void assertServesAFullBuild(String when) throws Exception {
    Path fresh = dir.resolve("fresh");
    be.beroepencatalogus.io.FileTrees.delete(fresh);
    BuildResult built = new SiteBuilder().build(new BuildOptions(site.dir(), fresh, Optional.of(BASE), dir.resolve("fresh-cache")));
    assertTrue(built.succeeded(), built.problems().toString());
    Map<String, byte[]> expected = new BuiltSite(fresh).files();
    expected.remove(OutputFolders.MARKER);
    Map<String, byte[]> served = new BuiltSite(session.outDir()).files();
    for (String file : expected.keySet()) {
      if (file.endsWith(".html")) {
        session.page("/" + file).ifPresent(bytes -> served.put(file, bytes));
      }
    }
    assertSameFiles(expected, served, when);
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
