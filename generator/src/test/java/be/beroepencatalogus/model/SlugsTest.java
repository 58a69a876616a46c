package be.beroepencatalogus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugsTest {
  /** Pieces of titles: ASCII of every kind, accents composed and decomposed, ligatures, case pairs that fold oddly. */
  private static final String[] PIECES = {
    "a", "Z", "k", "0", "9", "42", " ", "  ", "-", "--", "_", ".", ",", "'", "(", ")", "/", ":", "&", "!", "~", "\t",
    "é", "É", "e\u0301", "\u0301", "\u0308", "ë", "ï", "Ĳ", "ĳ", "ß", "æ", "ø", "ð", "İ", "ı", "K", "Å", "ﬁ", "Σ",
    "ς", "ж", "中", "😀", "\ud800", "\u00a0", "–", "’", "½", "²", "Potentiële klanten", "Kennis van Engels"
  };

  @Test
  void slugsAreAsBeforeTheAsciiFastPath() {
    Random random = new Random(3);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder title = new StringBuilder();
      int pieces = random.nextInt(10);
      boolean ascii = random.nextBoolean();
      for (int i = 0; i < pieces; i++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        title.append(ascii ? piece.replaceAll("[^\\x00-\\x7f]", "") : piece);
      }
      int maxLength = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 60;
      assertEquals(before(title.toString(), maxLength), Slugs.fromTitle(title.toString(), maxLength), title + " / " + maxLength);
    }
  }

  @Test
  void examples() {
    assertEquals("potentiele-klanten", Slugs.fromTitle("Potentiële klanten", 60));
    assertEquals("kennis-van-engels", Slugs.fromTitle("  Kennis van -- Engels! ", 60));
    assertEquals("kennis-van", Slugs.fromTitle("Kennis van Engels", 12));
    assertEquals("kennisvanen", Slugs.fromTitle("Kennisvanengels", 11));
    assertEquals("", Slugs.fromTitle("?!", 60));
  }

  /** Slugs.fromTitle as it was before the ASCII fast path, which must give the same slug for every title. */
  private static String before(String title, int maxLength) {
    String folded = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String slug = Pattern.compile("[^a-z0-9]+").matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      int cut = slug.lastIndexOf('-', maxLength);
      slug = slug.substring(0, cut > 0 ? cut : maxLength);
    }
    return slug;
  }
}
