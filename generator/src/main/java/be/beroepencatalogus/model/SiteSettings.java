package be.beroepencatalogus.model;

/**
 * Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. {@code escoList} is the
 * path of the ESCO list relative to the content folder as written ({@code esco_list}), empty when the catalogue has
 * none; {@code escoListSource} is where it is written.
 */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, SourceRef source,
    String escoList, SourceRef escoListSource) {

  /** Settings without an ESCO list. */
  public SiteSettings(String title, String language, String baseUrl, String organisation, String description, SourceRef source) {
    this(title, language, baseUrl, organisation, description, source, "", source);
  }

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, source, escoList, escoListSource);
  }
}
