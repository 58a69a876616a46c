package be.beroepencatalogus.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.Urls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan templates give the same print page and PDF HTML through the theme folder's engine as precompiled. */
class PlanTemplatesTest {
  static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();

  @TempDir Path dir;

  @Test
  void theThemeFoldersPlanTemplatesWriteWhatThePrecompiledOnesWrite() throws IOException {
    Catalogue catalogue = new SiteBuilder().check(ROOT.resolve("content")).catalogue();
    Occupation occupation = catalogue.occupations().get(0);
    Messages messages = new Messages(catalogue.settings().language());
    Urls urls = new Urls(catalogue.settings().baseUrl());
    PageContext ctx = new PageContext(catalogue.settings(), urls, messages);
    Templates precompiled = Templates.precompiled();
    Templates fromTheme = Templates.fromThemeFolder(ROOT.resolve("theme"));
    PlanRenderer[] renderers = {
        new PlanRenderer(precompiled, ctx, new PlanViews(new MarkdownHtml(urls), messages), null, null, "", ""),
        new PlanRenderer(fromTheme, ctx, new PlanViews(new MarkdownHtml(urls), messages), null, null, "", "")};

    String page = Urls.planPath(occupation.id()).substring(1) + "index.html";
    renderers[0].writePage(catalogue, occupation, "80 kB", new SiteOutput(dir.resolve("precompiled")));
    renderers[1].writePage(catalogue, occupation, "80 kB", new SiteOutput(dir.resolve("theme")));
    byte[] printed = Files.readAllBytes(dir.resolve("precompiled").resolve(page));
    assertTrue(printed.length > 10_000, "the plan page of " + occupation.id());
    assertArrayEquals(printed, Files.readAllBytes(dir.resolve("theme").resolve(page)));

    PlanView plan = renderers[0].plan(catalogue, occupation);
    assertEquals(precompiled.text(PlanTemplates.planPdf(ctx, plan, "body{}")), fromTheme.text(PlanTemplates.planPdf(ctx, plan, "body{}")));
  }
}
