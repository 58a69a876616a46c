package be.beroepencatalogus.render;

import gg.jte.html.HtmlInterceptor;
import gg.jte.html.HtmlTemplateOutput;
import java.util.Map;

/**
 * One template with its arguments, as {@link PageTemplates} and {@code PlanTemplates} make them: {@code precompiled}
 * calls the class jte generated from the template with the arguments as typed parameters, so that a template
 * whose {@code @param}s no longer fit fails the generator's compilation; {@code name} and {@code params} are the
 * same call for an engine that compiles the template at runtime, where a misfit fails at the first render.
 */
public record TemplateCall(String name, Map<String, Object> params, Precompiled precompiled) {
  /** A call of a precompiled template's generated {@code render} method. */
  @FunctionalInterface
  public interface Precompiled {
    void render(HtmlTemplateOutput output, HtmlInterceptor interceptor);
  }
}
