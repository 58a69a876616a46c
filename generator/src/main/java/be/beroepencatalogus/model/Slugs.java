package be.beroepencatalogus.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and anchors: lower-case ASCII letters, digits and single hyphens, as they appear in URLs. */
public final class Slugs {
  private static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  public static boolean isValidId(String id) {
    return id != null && VALID_ID.matcher(id).matches();
  }

  /** {@code "Potentiële klanten"} becomes {@code "potentiele-klanten"}; at most {@code maxLength} characters, cut at a hyphen. */
  public static String fromTitle(String title, int maxLength) {
    // Accents are taken off by decomposing (NFD) and dropping the marks. An ASCII title has nothing to decompose
    // and no marks, so it skips both: most titles are ASCII, and the Normalizer was most of a slug's cost.
    String folded = isAscii(title) ? title : COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String lower = folded.toLowerCase(Locale.ROOT);
    // Each run of characters other than a-z and 0-9 becomes one hyphen, none at either end.
    StringBuilder slug = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    if (slug.length() > maxLength) {
      int cut = slug.lastIndexOf("-", maxLength);
      slug.setLength(cut > 0 ? cut : maxLength);
    }
    return slug.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
