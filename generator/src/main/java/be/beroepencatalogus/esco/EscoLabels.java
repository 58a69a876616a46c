package be.beroepencatalogus.esco;

import be.beroepencatalogus.model.Slugs;

/** How labels compare as "the same": case, accents, spaces and punctuation aside ("Chef-kok" is "chef kok"). */
public final class EscoLabels {
  private EscoLabels() {}

  /** The key two labels share when they are the same; empty for a label without letters or digits. */
  public static String key(String label) {
    return Slugs.fromTitle(label.strip(), Integer.MAX_VALUE);
  }
}
