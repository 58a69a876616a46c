package be.beroepencatalogus.render;

import be.beroepencatalogus.io.FileTrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import gg.jte.TemplateException;
import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.testing.FrozenSeed;
import java.io.IOException;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two engines of {@link Templates}: the one compiled from a theme folder writes the same bytes as the
 * precompiled one, and renders a template edited on disk with its new text.
 */
class TemplatesTest {
  static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
  static final Path THEME = ROOT.resolve("theme");

  /** Compiling the templates takes a second or two, so the theme folder's engine is made once. */
  static Templates fromTheme;
  static Catalogue catalogue;
  static PageContext ctx;

  @TempDir Path dir;

  @BeforeAll
  static void setUp() {
    fromTheme = Templates.fromThemeFolder(THEME);
    catalogue = new SiteBuilder().check(FrozenSeed.CATALOGUE).catalogue();
    Urls urls = new Urls(catalogue.settings().baseUrl());
    ctx = new PageContext(catalogue.settings(), urls, new Messages(catalogue.settings().language()));
  }

  /** Every page and print page of the frozen seed catalogue, written with {@code templates}. */
  private void renderPages(Templates templates, Path out) throws IOException {
    BuildResult built = new SiteBuilder(templates).build(new BuildOptions(FrozenSeed.CATALOGUE, out, Optional.empty(), out.resolveSibling(out.getFileName() + "-cache"), PdfMode.NONE));
    assertTrue(built.succeeded(), built.problems().toString());
  }

  @Test
  void theThemeFoldersTemplatesWriteTheSamePagesAsThePrecompiledOnes() throws IOException {
    renderPages(Templates.precompiled(), dir.resolve("precompiled"));
    renderPages(fromTheme, dir.resolve("theme"));
    List<Path> pages = files(dir.resolve("precompiled"));
    assertTrue(pages.size() > 10, pages.toString());
    assertEquals(pages, files(dir.resolve("theme")));
    for (Path page : pages) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("precompiled").resolve(page)), Files.readAllBytes(dir.resolve("theme").resolve(page)), page.toString());
    }
  }

  /** A build renders pages in parallel: the first renders of a fresh engine compile the shared layout at once. */
  @Test
  void aFreshEngineRendersPagesFromManyThreadsAtOnce() throws Exception {
    Path theme = dir.resolve("fresh");
    FileTrees.copy(THEME.resolve("templates"), theme.resolve("templates"));
    Templates fresh = Templates.fromThemeFolder(theme);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> builds = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Path out = dir.resolve("site-" + i);
        builds.add(threads.submit(() -> {
          renderPages(fresh, out);
          return null;
        }));
      }
      for (Future<?> build : builds) {
        build.get();
      }
    } finally {
      threads.shutdownNow();
    }
    renderPages(Templates.precompiled(), dir.resolve("precompiled"));
    for (Path page : files(dir.resolve("precompiled"))) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("precompiled").resolve(page)), Files.readAllBytes(dir.resolve("site-3").resolve(page)), page.toString());
    }
  }

  @Test
  void theSearchPageOfALetterIsTheSameThroughBothEngines() {
    PageMeta meta = new PageMeta("A · Catalogus", "A", "/zoeken/a/", List.of(new PageMeta.Breadcrumb("A", null)), List.of("search.js"));
    Views.SearchIndexView letterA = new Views.SearchIndexView("Alle pagina's",
        List.of(new Views.Letter("A", null, 1), new Views.Letter("B", "/zoeken/b/", 2)),
        List.of(new Views.IndexEntry("Afwassen", "/competenties/afwassen/#a", "vaardigheid", "Keuken")), false);
    TemplateCall call = PageTemplates.search(ctx, meta, letterA);
    assertEquals(Templates.precompiled().text(call), fromTheme.text(call));
  }

  @Test
  void aTemplateChangedOnDiskRendersItsNewText() throws IOException {
    Path theme = dir.resolve("theme");
    FileTrees.copy(THEME.resolve("templates"), theme.resolve("templates"));
    Templates templates = Templates.fromThemeFolder(theme);
    PageMeta meta = new PageMeta("Niet gevonden", "Niet gevonden", "/404.html", List.of());
    TemplateCall notFound = PageTemplates.notFound(ctx, meta);
    String before = new String(templates.page(notFound), StandardCharsets.UTF_8);
    assertEquals(Templates.precompiled().text(notFound), before);

    edit(theme.resolve("templates/notfound.jte"), "<ul>", "<p class=\"nieuw\">Net bewerkt</p>\n<ul>");
    String after = new String(templates.page(notFound), StandardCharsets.UTF_8);
    assertTrue(after.contains("<p class=\"nieuw\">Net bewerkt</p>"), after);

    // A change to a template the page calls counts too: the layout around every page.
    edit(theme.resolve("templates/layout.jte"), "<footer class=\"site-footer\">", "<footer class=\"site-footer bewerkt\">");
    String again = new String(templates.page(notFound), StandardCharsets.UTF_8);
    assertTrue(again.contains("<footer class=\"site-footer bewerkt\">"), again);
    assertTrue(again.contains("Net bewerkt"), again);
    assertFalse(Templates.precompiled().text(notFound).contains("bewerkt"), "the precompiled templates stay as built");
  }

  @Test
  void aTemplateThatDoesNotCompileFailsNamingItsFileAndRendersOnceFixed() throws IOException {
    Path theme = dir.resolve("theme");
    FileTrees.copy(THEME.resolve("templates"), theme.resolve("templates"));
    Templates templates = Templates.fromThemeFolder(theme);
    TemplateCall notFound = PageTemplates.notFound(ctx, new PageMeta("Niet gevonden", "Niet gevonden", "/404.html", List.of()));
    Path template = theme.resolve("templates/notfound.jte");

    edit(template, "<ul>", "<p>${ctx.geenMethode()}</p>\n<ul>");
    TemplateException broken = assertThrows(TemplateException.class, () -> templates.page(notFound));
    assertTrue(broken.getMessage().contains("notfound.jte"), broken.getMessage());

    edit(template, "<p>${ctx.geenMethode()}</p>\n", "<p>Hersteld</p>\n");
    assertTrue(templates.text(notFound).contains("<p>Hersteld</p>"));
  }

  /** Replaces text in a template, dated later than before: a test is faster than a file system's clock. */
  private static void edit(Path template, String text, String replacement) throws IOException {
    FileTime was = Files.getLastModifiedTime(template);
    String source = Files.readString(template);
    assertTrue(source.contains(text), template + " has no " + text);
    Files.writeString(template, source.replace(text, replacement));
    Files.setLastModifiedTime(template, FileTime.fromMillis(was.toMillis() + 2000));
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
