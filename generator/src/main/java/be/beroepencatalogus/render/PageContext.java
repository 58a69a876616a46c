package be.beroepencatalogus.render;

import be.beroepencatalogus.model.SiteSettings;

/** What every template needs besides its own view: settings, URLs and UI strings. */
public record PageContext(SiteSettings settings, Urls urls, Messages messages) {
  public String t(String key) {
    return messages.get(key);
  }

  public String t(String key, Object... args) {
    return messages.format(key, args);
  }
}
