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
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown to safe HTML: raw HTML in content is shown as text, {@code javascript:} and similar URLs are
 * blanked, and site-relative links ({@code /competenties/x/}) get the site's base path. Also to plain text,
 * for search. Thread-safe. Remembers what it rendered: a skill's training actions appear on its competency
 * page, in the plan of every occupation that uses it and in the search index, so one instance should serve
 * one build, and each text is parsed once for its HTML and its plain text together.
 */
public final class MarkdownHtml {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final TextContentRenderer text;
  private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

  private record Rendered(String html, String text) {}

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
    this.text = TextContentRenderer.builder().extensions(extensions).build();
  }

  public String toHtml(String markdown) {
    return markdown == null || markdown.isBlank() ? "" : render(markdown).html();
  }

  /** The text a reader sees, without markup, white space runs as one space: what search indexes. */
  public String toText(String markdown) {
    return markdown == null || markdown.isBlank() ? "" : render(markdown).text();
  }

  private Rendered render(String markdown) {
    return rendered.computeIfAbsent(markdown, m -> {
      Node document = parser.parse(m);
      return new Rendered(renderer.render(document), collapseWhitespace(text.render(document)));
    });
  }

  /** Runs of white space (as the regular expression {@code \s} means it) as one space, none at the ends. */
  static String collapseWhitespace(String text) {
    StringBuilder s = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
        space = s.length() > 0;
      } else {
        if (space) {
          s.append(' ');
          space = false;
        }
        s.append(c);
      }
    }
    return s.toString().strip();
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
