package be.beroepencatalogus.model;

import java.util.List;

/** Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, SourceRef source,
    List<SynonymRule> synonyms) {

  /** Settings without synonyms (content/synoniemen.yaml is optional). */
  public SiteSettings(String title, String language, String baseUrl, String organisation, String description, SourceRef source) {
    this(title, language, baseUrl, organisation, description, source, List.of());
  }

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, source, synonyms);
  }

  /** The search synonyms of content/synoniemen.yaml. */
  public SiteSettings withSynonyms(List<SynonymRule> rules) {
    return new SiteSettings(title, language, baseUrl, organisation, description, source, List.copyOf(rules));
  }
}
