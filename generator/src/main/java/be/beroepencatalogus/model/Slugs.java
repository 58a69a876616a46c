package be.beroepencatalogus.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and anchors: lower-case ASCII letters, digits and single hyphens, as they appear in URLs. */
public final class Slugs {
  private static final Pattern VALID_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  public static boolean isValidId(String id) {
    return id != null && VALID_ID.matcher(id).matches();
  }

  /** {@code "Potentiële klanten"} becomes {@code "potentiele-klanten"}; at most {@code maxLength} characters, cut at a hyphen. */
  public static String fromTitle(String title, int maxLength) {
    String folded = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      int cut = slug.lastIndexOf('-', maxLength);
      slug = slug.substring(0, cut > 0 ? cut : maxLength);
    }
    return slug;
  }
}
