package be.beroepencatalogus.load;

import java.text.Normalizer;

/**
 * Makes text from content files what it looks like: soft hyphens and zero-width characters (invisible, but they
 * split a word for search and for a reader's browser search: ESCO's "randapparatuur" holds soft hyphens) are
 * dropped, non-breaking and other special spaces become plain spaces, and the text is put in Unicode NFC (an
 * "ë" typed as "e" plus a combining diaeresis matches one typed as one character). Applied to every content
 * file as it is read, so pages, catalogus.json and the search index all see the same text.
 */
public final class TextNormaliser {
  private TextNormaliser() {}

  public static String normalise(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int kind = kind(c);
      if (kind != KEEP && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      }
      if (kind == SPACE) {
        out.append(' ');
      } else if (kind == KEEP && out != null) {
        out.append(c);
      }
    }
    String cleaned = out == null ? text : out.toString();
    return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
  }

  private static final int KEEP = 0;
  private static final int DROP = 1;
  private static final int SPACE = 2;

  private static int kind(char c) {
    if (c < 0xA0) {
      return KEEP;
    }
    return switch (c) {
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E' -> DROP;
      case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
          '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> SPACE;
      default -> KEEP;
    };
  }
}
