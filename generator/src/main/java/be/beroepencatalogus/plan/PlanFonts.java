package be.beroepencatalogus.plan;

import be.beroepencatalogus.io.Sha256;
import be.beroepencatalogus.render.ThemeResources;
import java.security.MessageDigest;
import java.util.HexFormat;

/** The fonts embedded in PDF plans, and a fingerprint of them for the PDF cache's keys. */
public final class PlanFonts {
  public static final String REGULAR = "fonts/DejaVuSansCondensed.ttf";
  public static final String BOLD = "fonts/DejaVuSansCondensed-Bold.ttf";

  private PlanFonts() {}

  public static PlanPdf pdf() {
    return new PlanPdf(ThemeResources.bytes(REGULAR), ThemeResources.bytes(BOLD));
  }

  public static String fingerprint() {
    MessageDigest digest = Sha256.digest();
    digest.update(ThemeResources.bytes(REGULAR));
    digest.update(ThemeResources.bytes(BOLD));
    return HexFormat.of().formatHex(digest.digest());
  }
}
