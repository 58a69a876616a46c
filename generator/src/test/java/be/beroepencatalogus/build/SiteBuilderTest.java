package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FixtureSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
  @TempDir Path dir;

  private BuildResult build(Path content, Path out) throws IOException {
    return new SiteBuilder().build(new BuildOptions(content, out, Optional.empty()));
  }

  @Test
  void buildWritesEveryPageKindAndTheDataFiles() throws IOException {
    BuildResult built = build(FixtureSite.minimal(dir.resolve("content")).dir(), dir.resolve("site"));

    BuildResult.Built result = assertInstanceOf(BuildResult.Built.class, built, built.problems().toString());
    for (String file : List.of("index.html", "404.html", "zoeken/index.html", "beroepen/kok/index.html",
        "beroepen/kok/opleidingsplan/index.html", "competenties/koken/index.html",
        "sleutelvaardigheden/hygienisch-werken/index.html", "catalogus.json", "sitemap.xml", "robots.txt",
        "assets/style.css", "assets/favicon.svg", "beroepen/index.html", "competenties/index.html",
        "sleutelvaardigheden/index.html", "sectoren/index.html", "beroepsgroepen/index.html")) {
      assertTrue(Files.isRegularFile(dir.resolve("site").resolve(file)), file);
    }
    // Home, 404, search, occupation, plan, competency, key skill, and the lists of occupations, competencies, key
    // skills, sectors and ISCO groups.
    assertEquals(12, result.pages());
  }

  @Test
  void withoutPdfsThePrintPagesStayWithoutADownloadLinkAndTheCacheIsLeftAlone() throws IOException {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    Path cache = dir.resolve("cache");
    assertTrue(new SiteBuilder().build(new BuildOptions(content, dir.resolve("with"), Optional.empty(), cache)).succeeded());
    List<Path> cached = list(cache);

    BuildResult built = new SiteBuilder().build(new BuildOptions(content, dir.resolve("without"), Optional.empty(), cache, PdfMode.NONE));

    BuildResult.Built result = assertInstanceOf(BuildResult.Built.class, built, built.problems().toString());
    assertEquals(12, result.pages());
    assertEquals(0, result.plans().rendered() + result.plans().cached());
    assertTrue(Files.isRegularFile(dir.resolve("with/beroepen/kok/opleidingsplan.pdf")));
    assertFalse(Files.exists(dir.resolve("without/beroepen/kok/opleidingsplan.pdf")));
    BuiltSite with = new BuiltSite(dir.resolve("with"));
    BuiltSite without = new BuiltSite(dir.resolve("without"));
    for (String page : List.of("/beroepen/kok/", "/beroepen/kok/opleidingsplan/")) {
      // The print page offers the blank PDF beside its actions at the top and at the end.
      assertEquals(page.endsWith("opleidingsplan/") ? 2 : 1, with.page(page).select("a[href$=opleidingsplan.pdf]").size(), page);
      assertEquals(0, without.page(page).select("a[href$=opleidingsplan.pdf]").size(), page);
      assertEquals(with.page(page).select("table").size(), without.page(page).select("table").size(), page);
    }
    assertEquals(cached, list(cache));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void twoBuildsOfTheSameContentAreByteIdentical() throws IOException {
    Path content = FixtureSite.minimal(dir.resolve("content")).dir();
    build(content, dir.resolve("a"));
    build(content, dir.resolve("b"));

    Map<String, byte[]> a = new BuiltSite(dir.resolve("a")).files();
    Map<String, byte[]> b = new BuiltSite(dir.resolve("b")).files();
    assertEquals(a.keySet(), b.keySet());
    a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
  }

  @Test
  void aFailingBuildLeavesThePreviousSiteUntouchedAndLeavesNoTemporaryFolders() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"));
    Path out = dir.resolve("site");
    build(site.dir(), out);
    Map<String, byte[]> before = new BuiltSite(out).files();

    site.file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [bestaat-niet]\n---\nTekst.\n");
    BuildResult failed = build(site.dir(), out);

    assertInstanceOf(BuildResult.Failed.class, failed);
    assertTrue(failed.problems().stream().anyMatch(Problem::isError));
    Map<String, byte[]> after = new BuiltSite(out).files();
    assertEquals(before.keySet(), after.keySet());
    before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(".cache", ".site.lock", "content", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aRebuildReplacesTheSiteAndDropsPagesThatNoLongerExist() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"));
    Path out = dir.resolve("site");
    site.file("competenties/bakken.md", "---\ntitle: Bakken\n---\n## Kneedt\n\nDeeg.\n");
    build(site.dir(), out);
    assertTrue(Files.exists(out.resolve("competenties/bakken/index.html")));

    Files.delete(site.dir().resolve("competenties/bakken.md"));
    build(site.dir(), out);

    assertFalse(Files.exists(out.resolve("competenties/bakken")));
  }

  @Test
  void refusesToReplaceAFolderThatIsNotABuiltSite() throws IOException {
    Path precious = dir.resolve("documenten");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("brief.txt"), "niet wissen");

    assertThrows(IOException.class, () -> build(FixtureSite.minimal(dir.resolve("content")).dir(), precious));
    assertEquals("niet wissen", Files.readString(precious.resolve("brief.txt")));
  }

  @Test
  void hostileContentRendersInert() throws IOException {
    FixtureSite site = FixtureSite.in(dir.resolve("content"))
        .file("beroepen/kwaad.md", """
            ---
            title: "Kwaad <script>alert('titel')</script>"
            aliases: ["<img src=x onerror=alert(1)>"]
            sector: "<b onmouseover=alert(2)>sector</b>"
            competencies:
              basis: [aanval]
            key_skills:
              - id: list
                description: "<iframe src=javascript:alert(3)></iframe>"
            ---
            <script>alert('beschrijving')</script>

            <div onclick="alert(4)">klik</div> [link](javascript:alert(5)) <a href="javascript:alert(6)">a</a>
            """)
        .file("competenties/aanval.md", """
            ---
            title: "<svg onload=alert(7)>"
            ---
            ## Vaardigheid <img src=x onerror=alert(8)>

            <style>body{display:none}</style>
            [x](JaVaScRiPt:alert(9)) [y](javascript:alert(10))
            """)
        .file("sleutelvaardigheden/list.md", "---\ntitle: List\n---\n<object data=x></object>\n");
    Path out = dir.resolve("site");
    assertTrue(build(site.dir(), out).succeeded());

    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document page = new BuiltSite(out).page("/" + out.relativize(file).toString().replace("index.html", ""));
        for (Element script : page.select("script")) {
          if (script.attr("type").equals("application/ld+json")) {
            // Data, never run; no "<" in it, so no text can close the element and start markup.
            assertFalse(script.data().contains("<"), file + ": " + script);
            assertTrue(new ObjectMapper().readTree(script.data()).isObject(), file + ": " + script);
          } else {
            assertTrue(script.attr("src").startsWith("/assets/"), file + ": " + script);
          }
        }
        assertTrue(page.select("iframe, object, embed, style, svg, img[onerror], div[onclick]").isEmpty(), file.toString());
        for (Element element : page.getAllElements()) {
          element.attributes().forEach(attribute -> {
            assertFalse(attribute.getKey().toLowerCase().startsWith("on"), file + ": " + element);
            assertFalse(attribute.getValue().toLowerCase().replace(" ", "").startsWith("javascript:"), file + ": " + element);
          });
        }
      }
    }
    assertTrue(new BuiltSite(out).page("/beroepen/kwaad/").select("h1").text().contains("<script>alert('titel')</script>"));
  }
}
