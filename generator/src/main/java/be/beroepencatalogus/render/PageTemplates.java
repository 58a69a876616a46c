package be.beroepencatalogus.render;

import gg.jte.generated.precompiled.JtebrowseGenerated;
import gg.jte.generated.precompiled.JtecompetencyGenerated;
import gg.jte.generated.precompiled.JtehomeGenerated;
import gg.jte.generated.precompiled.JtekeyskillGenerated;
import gg.jte.generated.precompiled.JtenotfoundGenerated;
import gg.jte.generated.precompiled.JteoccupationGenerated;
import gg.jte.generated.precompiled.JtesearchGenerated;
import java.util.Map;

/**
 * The page templates of the theme, one method each with the template's own parameters. The names in each map are
 * the template's {@code @param}s; {@code TemplatesTest} renders every call through both engines, which checks them.
 */
public final class PageTemplates {
  private PageTemplates() {}

  public static TemplateCall home(PageContext ctx, PageMeta meta, Views.HomeView home) {
    return new TemplateCall("home.jte", Map.of("ctx", ctx, "meta", meta, "home", home),
        (output, interceptor) -> JtehomeGenerated.render(output, interceptor, ctx, meta, home));
  }

  public static TemplateCall occupation(PageContext ctx, PageMeta meta, Views.OccupationView occupation) {
    return new TemplateCall("occupation.jte", Map.of("ctx", ctx, "meta", meta, "occupation", occupation),
        (output, interceptor) -> JteoccupationGenerated.render(output, interceptor, ctx, meta, occupation));
  }

  public static TemplateCall competency(PageContext ctx, PageMeta meta, Views.CompetencyView competency) {
    return new TemplateCall("competency.jte", Map.of("ctx", ctx, "meta", meta, "competency", competency),
        (output, interceptor) -> JtecompetencyGenerated.render(output, interceptor, ctx, meta, competency));
  }

  public static TemplateCall keySkill(PageContext ctx, PageMeta meta, Views.KeySkillView keySkill) {
    return new TemplateCall("keyskill.jte", Map.of("ctx", ctx, "meta", meta, "keySkill", keySkill),
        (output, interceptor) -> JtekeyskillGenerated.render(output, interceptor, ctx, meta, keySkill));
  }

  public static TemplateCall search(PageContext ctx, PageMeta meta, Views.SearchIndexView index) {
    return new TemplateCall("search.jte", Map.of("ctx", ctx, "meta", meta, "index", index),
        (output, interceptor) -> JtesearchGenerated.render(output, interceptor, ctx, meta, index));
  }

  public static TemplateCall notFound(PageContext ctx, PageMeta meta) {
    return new TemplateCall("notfound.jte", Map.of("ctx", ctx, "meta", meta),
        (output, interceptor) -> JtenotfoundGenerated.render(output, interceptor, ctx, meta));
  }

  public static TemplateCall browse(PageContext ctx, PageMeta meta, Views.BrowseView browse) {
    return new TemplateCall("browse.jte", Map.of("ctx", ctx, "meta", meta, "browse", browse),
        (output, interceptor) -> JtebrowseGenerated.render(output, interceptor, ctx, meta, browse));
  }
}
