package be.beroepencatalogus.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Catalogue-wide settings from {@code site.yaml}. {@code baseUrl} always ends with a slash. {@code date} is the
 * edition's date as the authors set it: printed plans show it with their version and PDFs take it as their creation
 * date, so that the same content gives the same bytes (a build's clock or a file's time would not).
 */
public record SiteSettings(
    String title, String language, String baseUrl, String organisation, String description, Optional<LocalDate> date, SourceRef source) {

  public SiteSettings withBaseUrl(String url) {
    return new SiteSettings(title, language, url, organisation, description, date, source);
  }
}
