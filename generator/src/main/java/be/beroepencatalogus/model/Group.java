package be.beroepencatalogus.model;

import java.util.Optional;

/** How an occupation needs a competency: as part of the common base or as specific to it. */
public enum Group {
  BASIS("basis"),
  SPECIFIEK("specifiek");

  private final String key;

  Group(String key) {
    this.key = key;
  }

  /** The word authors write in front matter and the catalogue export uses. */
  public String key() {
    return key;
  }

  public static Optional<Group> fromKey(String key) {
    for (Group g : values()) {
      if (g.key.equals(key)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
