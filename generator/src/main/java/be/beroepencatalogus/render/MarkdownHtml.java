package be.beroepencatalogus.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML: raw HTML in content is shown as text, {@code javascript:} and similar URLs are
 * blanked, and site-relative links ({@code /competenties/x/}) get the site's base path. Thread-safe.
 * Remembers what it rendered: a skill's training actions appear on its competency page and in the plan of
 * every occupation that uses it, so one instance should serve one build.
 */
public final class MarkdownHtml {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Map<String, String> rendered = new ConcurrentHashMap<>();

  public MarkdownHtml(Urls urls) {
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new SiteLinks(urls))
            .build();
  }

  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return rendered.computeIfAbsent(markdown, m -> renderer.render(parser.parse(m)));
  }

  /** Prefixes site-relative links and drops the {@code rel="nofollow"} that URL sanitising adds to every link. */
  private record SiteLinks(Urls urls) implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link) {
        attributes.remove("rel");
        String href = attributes.get("href");
        if (href != null && href.startsWith("/") && !href.startsWith("//")) {
          attributes.put("href", urls.link(href));
        }
      }
    }
  }
}
