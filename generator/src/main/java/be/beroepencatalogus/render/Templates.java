package be.beroepencatalogus.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import java.util.Map;

/** The theme's jte templates, precompiled into the generator by the Maven build. Thread-safe. */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** A page as UTF-8 bytes, ready to write. */
  public byte[] page(String template, Map<String, Object> params) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    engine.render(template, params, output);
    return output.toByteArray();
  }

  public String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput(16 * 1024);
    engine.render(template, params, output);
    return output.toString();
  }
}
