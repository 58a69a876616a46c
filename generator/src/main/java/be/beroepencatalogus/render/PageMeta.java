package be.beroepencatalogus.render;

import java.util.List;

/**
 * The head and frame of one page: its title, description, site-relative path (for the canonical link),
 * breadcrumbs (the last one is the page itself), and the scripts it needs (asset names).
 */
public record PageMeta(String title, String description, String sitePath, List<Breadcrumb> breadcrumbs, List<String> scripts) {
  public PageMeta {
    breadcrumbs = List.copyOf(breadcrumbs);
    scripts = List.copyOf(scripts);
  }

  public PageMeta(String title, String description, String sitePath, List<Breadcrumb> breadcrumbs) {
    this(title, description, sitePath, breadcrumbs, List.of());
  }

  /** One step of the breadcrumb trail; {@code url} is null for the current page. */
  public record Breadcrumb(String label, String url) {}
}
