package be.beroepencatalogus.plan;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageMeta;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.Urls;
import java.util.List;
import java.util.Map;

/** Renders each occupation's printable plan page ({@code /beroepen/<id>/opleidingsplan/}), A4 print-ready. */
public final class PlanRenderer {
  private final Templates templates;
  private final PageContext ctx;
  private final PlanViews views;

  public PlanRenderer(Templates templates, PageContext ctx, PlanViews views) {
    this.templates = templates;
    this.ctx = ctx;
    this.views = views;
  }

  public void renderAll(Catalogue catalogue, SiteOutput out) {
    for (Occupation occupation : catalogue.occupations()) {
      render(catalogue, occupation, out);
    }
  }

  void render(Catalogue catalogue, Occupation occupation, SiteOutput out) {
    PlanView plan = views.of(catalogue, occupation);
    String path = Urls.planPath(occupation.id());
    PageMeta meta =
        new PageMeta(
            ctx.t("plan.title") + " " + occupation.title() + " · " + ctx.settings().title(),
            ctx.t("plan.description", occupation.title()),
            path,
            List.of(
                new PageMeta.Breadcrumb(ctx.t("nav.home"), ctx.urls().home()),
                new PageMeta.Breadcrumb(occupation.title(), ctx.urls().occupation(occupation.id())),
                new PageMeta.Breadcrumb(ctx.t("plan.title"), null)));
    out.writePage(path, templates.render("plan.jte", Map.of("ctx", ctx, "meta", meta, "plan", plan)));
  }
}
