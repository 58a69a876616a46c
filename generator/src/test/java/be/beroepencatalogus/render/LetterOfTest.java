package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The letter a title is listed under: its slug's first letter, or # for a digit or nothing. */
class LetterOfTest {
  @Test
  void examples() {
    assertEquals("E", PageRenderer.letterOf("Énergie"));
    assertEquals("K", PageRenderer.letterOf("(k)lant"));
    assertEquals("#", PageRenderer.letterOf("3D-printen"));
    assertEquals("#", PageRenderer.letterOf("…"));
    assertEquals("#", PageRenderer.letterOf(""));
  }
}
