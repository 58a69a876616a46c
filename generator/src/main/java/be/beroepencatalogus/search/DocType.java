package be.beroepencatalogus.search;

import java.util.Optional;

/** The kinds of search results, with the key used in the export and the CLI's JSON. */
public enum DocType {
  OCCUPATION("beroep"),
  COMPETENCY("competentie"),
  SKILL("vaardigheid"),
  KEY_SKILL("sleutelvaardigheid");

  private final String key;

  DocType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<DocType> fromKey(String key) {
    for (DocType t : values()) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
