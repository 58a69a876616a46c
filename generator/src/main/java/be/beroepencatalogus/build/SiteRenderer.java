package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.plan.PlanFonts;
import be.beroepencatalogus.plan.PlanPdf;
import be.beroepencatalogus.plan.PlanPdfCache;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.plan.PlanViews;
import be.beroepencatalogus.render.BrowseRenderer;
import be.beroepencatalogus.render.IscoGroups;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.ThemeAssets;
import be.beroepencatalogus.render.ThemeResources;
import be.beroepencatalogus.render.Urls;
import java.util.Optional;
import java.util.function.Function;

/**
 * What makes a site's files from a checked catalogue: the theme's templates and assets and the PDF maker. The one
 * place that wires the renderers, for build (every file) and serve (a page when asked for, the rest following).
 */
final class SiteRenderer {
  private final Templates templates;
  private final ThemeAssets assets = new ThemeAssets();
  private final PlanPdf planPdf;
  private final String planPdfCss;
  private final String fontsFingerprint;
  private final IscoGroups iscoGroups;

  SiteRenderer(Templates templates) {
    this(templates, PlanFonts.pdf(), ThemeResources.text("print/plan-pdf.css"), PlanFonts.fingerprint(), IscoGroups.fromTheme());
  }

  private SiteRenderer(Templates templates, PlanPdf planPdf, String planPdfCss, String fontsFingerprint, IscoGroups iscoGroups) {
    this.templates = templates;
    this.planPdf = planPdf;
    this.planPdfCss = planPdfCss;
    this.fontsFingerprint = fontsFingerprint;
    this.iscoGroups = iscoGroups;
  }

  /** The same renderer with other templates (serve, once the theme changed); the fonts and the ISCO names are not loaded again. */
  SiteRenderer withTemplates(Templates other) {
    return new SiteRenderer(other, planPdf, planPdfCss, fontsFingerprint, iscoGroups);
  }

  /** An error when the theme has no UI strings for the catalogue's language, which nothing can then be rendered in. */
  static Optional<Problem> unsupportedLanguage(SiteSettings settings) {
    try {
      new Messages(settings.language());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(Problem.error(settings.source(), "the theme has no UI strings for language '" + settings.language() + "'",
          "use 'language: nl'"));
    }
  }

  /**
   * What renders pages with these settings. {@code pdfSize} gives the size shown beside an occupation's PDF link
   * ("" for no link); {@code cache} keeps the PDFs between runs.
   */
  Renderers renderers(SiteSettings settings, PlanPdfCache cache, Function<String, String> pdfSize) {
    Messages messages = new Messages(settings.language());
    Urls urls = new Urls(settings.baseUrl());
    MarkdownHtml markdown = new MarkdownHtml(urls);
    PageContext ctx = new PageContext(settings, urls, messages);
    return new Renderers(messages, urls, markdown,
        new PageRenderer(templates, ctx, markdown, iscoGroups, pdfSize),
        new BrowseRenderer(templates, ctx, iscoGroups),
        new PlanRenderer(templates, ctx, new PlanViews(markdown, messages), planPdf, cache, planPdfCss, fontsFingerprint),
        pdfSize);
  }

  /** The theme's CSS, scripts and icons, and the plan fonts, under {@code /assets/}. */
  void copyAssets(SiteOutput out) {
    assets.copyTo(out);
    PlanFonts.publish(out);
  }
}
