package be.beroepencatalogus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.Urls;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A competency's section of the print page shows nothing of the occupation, so it is the same in every plan that
 * prints it; the plan's version changes with what the competency shows.
 */
class PlanSectionsTest {
  private static final Pattern BAKKEN =
      Pattern.compile("\n    <section class=\"plan-competency\"[^>]*data-competentie=\"bakken\">.*?\n    </section>\n", Pattern.DOTALL);

  @TempDir Path dir;

  /** Kok prints only koken; bakker only bakken; chef prints bakken second, after koken. */
  private FixtureSite site() {
    return FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [bakken]\n---\nJe bakt brood.\n")
        .file("beroepen/chef.md", "---\ntitle: Chef\ncompetencies:\n  specifiek: [koken, bakken]\n---\nJe leidt de keuken.\n")
        .file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n## Kneedt deeg\n\nOefenen.\n\n## Bakt brood\n\nIn de oven.\n");
  }

  private static PlanRenderer renderer(Catalogue catalogue) {
    Messages messages = new Messages(catalogue.settings().language());
    Urls urls = new Urls(catalogue.settings().baseUrl());
    MarkdownHtml markdown = new MarkdownHtml(urls);
    PageContext ctx = new PageContext(catalogue.settings(), urls, messages);
    return new PlanRenderer(Templates.precompiled(), ctx, new PlanViews(markdown, messages), null, null, "", "");
  }

  private Catalogue check() {
    CheckResult checked = new SiteBuilder().check(dir.resolve("content"));
    assertEquals(0, checked.problems().size(), checked.problems().toString());
    return checked.catalogue();
  }

  private String version(String occupation) {
    Catalogue catalogue = check();
    return renderer(catalogue).plan(catalogue, catalogue.occupation(occupation).orElseThrow()).version();
  }

  private String bakkenSection(String occupation) throws IOException {
    String page = Files.readString(dir.resolve("site/beroepen/" + occupation + "/opleidingsplan/index.html"));
    Matcher m = BAKKEN.matcher(page);
    assertTrue(m.find(), page);
    return m.group();
  }

  @Test
  void aCompetencyPrintsTheSameSectionInEveryPlanThatUsesIt() throws IOException {
    site();
    BuildResult built = new SiteBuilder().build(new BuildOptions(dir.resolve("content"), dir.resolve("site"), Optional.empty(), dir.resolve("cache"), PdfMode.NONE));
    assertTrue(built.succeeded(), built.problems().toString());

    String bakker = bakkenSection("bakker");
    assertEquals(bakker, bakkenSection("chef"), "other group, other position, same bytes");
    assertTrue(bakker.contains("data-rij=\"bakken.1\"") && bakker.contains("data-rij=\"bakken.2\""), bakker);
    assertTrue(bakker.contains("name=\"bakken.2.afgewerkt\""), "rows are numbered within the competency: " + bakker);

  }

  @Test
  void theVersionChangesWhenAnythingTheCompetencyShowsChanges() {
    site();
    String bakker = version("bakker");
    String chef = version("chef");
    String kok = version("kok");
    assertTrue(bakker.matches("[0-9a-f]{10}"), bakker);
    assertEquals(bakker, version("bakker"), "the same content gives the same version");

    site().file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n## Kneedt deeg\n\nOefenen.\n\n## Bakt brood\n\nIn de hete oven.\n");
    assertNotEquals(bakker, version("bakker"), "training actions changed");
    assertNotEquals(chef, version("chef"), "training actions changed");
    assertEquals(kok, version("kok"), "kok does not print bakken");

    String actions = version("bakker");
    site().file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n## Kneedt het deeg\n\nOefenen.\n\n## Bakt brood\n\nIn de hete oven.\n");
    assertNotEquals(actions, version("bakker"), "skill title changed");

    String skill = version("bakker");
    site().file("competenties/bakken.md", "---\ntitle: Brood en banket bakken\n---\n## Kneedt het deeg\n\nOefenen.\n\n## Bakt brood\n\nIn de hete oven.\n");
    assertNotEquals(skill, version("bakker"), "competency title changed");
  }
}
