package be.beroepencatalogus.plan;

import be.beroepencatalogus.io.Sha256;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.ThemeResources;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** The fonts embedded in PDF plans, and a fingerprint of them for the PDF cache's keys. */
public final class PlanFonts {
  public static final String REGULAR = "fonts/DejaVuSansCondensed.ttf";
  public static final String BOLD = "fonts/DejaVuSansCondensed-Bold.ttf";

  private PlanFonts() {}

  public static PlanPdf pdf() {
    return new PlanPdf(ThemeResources.bytes(REGULAR), ThemeResources.bytes(BOLD));
  }

  /**
   * Publishes the fonts with their license under {@code /assets/fonts/}: the plan builder embeds them in the PDF it
   * makes in the browser, so that it looks like the one made here and shows any Latin-script name.
   */
  public static void publish(SiteOutput out) {
    for (String font : List.of(REGULAR, BOLD, "fonts/LICENSE.txt")) {
      out.write("/assets/" + font, ThemeResources.bytes(font));
    }
  }

  public static String fingerprint() {
    MessageDigest digest = Sha256.digest();
    digest.update(ThemeResources.bytes(REGULAR));
    digest.update(ThemeResources.bytes(BOLD));
    return HexFormat.of().formatHex(digest.digest());
  }
}
