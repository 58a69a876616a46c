package be.beroepencatalogus.render;

import java.util.List;

/**
 * The head and frame of one page: its title, description, site-relative path (for the canonical link),
 * breadcrumbs (the last one is the page itself), the scripts it needs (asset names), and its structured data
 * for search engines (a JSON-LD document ready to embed, or "").
 */
public record PageMeta(String title, String description, String sitePath, List<Breadcrumb> breadcrumbs, List<String> scripts,
    String structuredData) {
  public PageMeta {
    breadcrumbs = List.copyOf(breadcrumbs);
    scripts = List.copyOf(scripts);
  }

  public PageMeta(String title, String description, String sitePath, List<Breadcrumb> breadcrumbs, List<String> scripts) {
    this(title, description, sitePath, breadcrumbs, scripts, "");
  }

  public PageMeta withStructuredData(String jsonLd) {
    return new PageMeta(title, description, sitePath, breadcrumbs, scripts, jsonLd);
  }

  public PageMeta(String title, String description, String sitePath, List<Breadcrumb> breadcrumbs) {
    this(title, description, sitePath, breadcrumbs, List.of());
  }

  /** One step of the breadcrumb trail; {@code url} is null for the current page. */
  public record Breadcrumb(String label, String url) {}
}
