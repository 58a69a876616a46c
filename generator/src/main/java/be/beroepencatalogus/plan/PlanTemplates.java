package be.beroepencatalogus.plan;

import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageMeta;
import be.beroepencatalogus.render.TemplateCall;
import gg.jte.generated.precompiled.JteplanGenerated;
import gg.jte.generated.precompiled.JteplancompetencyGenerated;
import gg.jte.generated.precompiled.JteplanpdfGenerated;
import java.util.Map;

/**
 * The plan templates of the theme, one method each with the template's own parameters; {@link TemplateCall} says
 * why each names its template twice. {@code PlanTemplatesTest} renders them through both engines, which checks the
 * names in the maps against the templates' {@code @param}s.
 */
final class PlanTemplates {
  private PlanTemplates() {}

  /** The print page, with the plan builder. */
  static TemplateCall plan(PageContext ctx, PageMeta meta, PlanView plan) {
    return new TemplateCall("plan.jte", Map.of("ctx", ctx, "meta", meta, "plan", plan),
        (output, interceptor) -> JteplanGenerated.render(output, interceptor, ctx, meta, plan));
  }

  /** The HTML laid out as the PDF, with its style sheet inline. */
  static TemplateCall planPdf(PageContext ctx, PlanView plan, String css) {
    return new TemplateCall("plan-pdf.jte", Map.of("ctx", ctx, "plan", plan, "css", css),
        (output, interceptor) -> JteplanpdfGenerated.render(output, interceptor, ctx, plan, css));
  }
}
