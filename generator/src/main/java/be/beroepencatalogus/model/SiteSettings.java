package be.beroepencatalogus.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. {@code date} is the
 * edition's date as the authors set it: printed plans show it with their version and PDFs take it as their creation
 * date, so that the same content gives the same bytes (a build's clock or a file's time would not). {@code escoList}
 * is the path of the ESCO list relative to the content folder as written ({@code esco_list}), empty when the
 * catalogue has none; {@code escoListSource} is where it is written. {@code synonyms} are the search synonyms of
 * {@code content/synoniemen.yaml}.
 */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, Optional<LocalDate> date,
    SourceRef source, String escoList, SourceRef escoListSource, List<SynonymRule> synonyms) {

  public SiteSettings {
    synonyms = List.copyOf(synonyms);
  }

  /** Settings without a date, an ESCO list or synonyms. */
  public SiteSettings(String title, String language, String baseUrl, String organisation, String description, SourceRef source) {
    this(title, language, baseUrl, organisation, description, Optional.empty(), source, "", source, List.of());
  }

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, date, source, escoList, escoListSource, synonyms);
  }

  /** The search synonyms of content/synoniemen.yaml. */
  public SiteSettings withSynonyms(List<SynonymRule> rules) {
    return new SiteSettings(title, language, baseUrl, organisation, description, date, source, escoList, escoListSource, rules);
  }
}
