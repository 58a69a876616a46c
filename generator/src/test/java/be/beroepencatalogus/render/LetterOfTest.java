package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.model.Slugs;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The letter of a search entry is read from the start of its title: the same letter as its slug's. */
class LetterOfTest {
  private static final String[] PIECES = {
    "a", "Z", "k", "0", "7", " ", "-", "(", "'", "\"", ".", "…", "é", "É", "E\u0301", "\u0301", "Ĳ", "ß", "æ", "Ø", "İ", "ı",
    "K", "Å", "ﬁ", "ж", "😀", "\u00a0", "–", "½", "²", "Énergie", "ijzer", "3D-printen", "(Her)inrichten"
  };

  @Test
  void theLetterIsTheSlugsFirstLetter() {
    Random random = new Random(5);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder title = new StringBuilder();
      int pieces = random.nextInt(6);
      for (int i = 0; i < pieces; i++) {
        title.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertEquals(before(title.toString()), PageRenderer.letterOf(title.toString()), title.toString());
    }
  }

  @Test
  void examples() {
    assertEquals("E", PageRenderer.letterOf("Énergie"));
    assertEquals("K", PageRenderer.letterOf("(k)lant"));
    assertEquals("#", PageRenderer.letterOf("3D-printen"));
    assertEquals("#", PageRenderer.letterOf("…"));
    assertEquals("#", PageRenderer.letterOf(""));
  }

  /** letterOf as it was: from the whole slug. */
  private static String before(String title) {
    String slug = Slugs.fromTitle(title, 1);
    char first = slug.isEmpty() ? '#' : slug.charAt(0);
    return Character.isLetter(first) ? String.valueOf(first).toUpperCase(Locale.ROOT) : "#";
  }
}
