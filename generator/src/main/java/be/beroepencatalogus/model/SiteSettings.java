package be.beroepencatalogus.model;

import java.util.List;

/**
 * Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. {@code escoList} is the
 * path of the ESCO list relative to the content folder as written ({@code esco_list}), empty when the catalogue has
 * none; {@code escoListSource} is where it is written. {@code synonyms} are the search synonyms of
 * {@code content/synoniemen.yaml}.
 */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, SourceRef source,
    String escoList, SourceRef escoListSource, List<SynonymRule> synonyms) {

  public SiteSettings {
    synonyms = List.copyOf(synonyms);
  }

  /** Settings without an ESCO list or synonyms. */
  public SiteSettings(String title, String language, String baseUrl, String organisation, String description, SourceRef source) {
    this(title, language, baseUrl, organisation, description, source, "", source, List.of());
  }

  /** Settings with an ESCO list, without synonyms. */
  public SiteSettings(String title, String language, String baseUrl, String organisation, String description, SourceRef source,
      String escoList, SourceRef escoListSource) {
    this(title, language, baseUrl, organisation, description, source, escoList, escoListSource, List.of());
  }

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, source, escoList, escoListSource, synonyms);
  }

  /** The search synonyms of content/synoniemen.yaml. */
  public SiteSettings withSynonyms(List<SynonymRule> rules) {
    return new SiteSettings(title, language, baseUrl, organisation, description, source, escoList, escoListSource, rules);
  }
}
