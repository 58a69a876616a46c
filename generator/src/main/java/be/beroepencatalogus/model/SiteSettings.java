package be.beroepencatalogus.model;

/** Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, SourceRef source) {

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, source);
  }
}
