package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How an A-Z list is laid out over pages. */
class AzListTest {
  private static List<String> titles(String prefix, int count) {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      titles.add(String.format("%s%04d", prefix, i));
    }
    return titles;
  }

  @Test
  void aShortListStaysOnItsPageAndItsIndexLinksToHeadingsThere() {
    AzList<String> list = AzList.of("/beroepen/", List.of("3D-printer", "Bakker", "Éclairmaker", "Kok"), Function.identity(), 10);

    assertFalse(list.split());
    assertEquals(List.of("#", "B", "E", "K"), List.copyOf(list.byLetter().keySet()));
    assertEquals("/beroepen/#letter-e", list.letterPath("E"));
    assertEquals("/beroepen/#letter-0-9", list.letterPath("#"));
    assertEquals(List.of("/beroepen/"), list.paths());
  }

  @Test
  void aLongListGetsAPagePerLetterAndALongLetterEvenNumberedPages() {
    List<String> entries = new ArrayList<>(titles("A", 3));
    entries.addAll(titles("B", AzList.PAGE_SIZE * 2 + 1));
    AzList<String> list = AzList.of("/sectoren/bouw/", entries, Function.identity(), 10);

    assertTrue(list.split());
    assertEquals("/sectoren/bouw/b/", list.letterPath("B"));
    assertEquals(List.of("/sectoren/bouw/", "/sectoren/bouw/a/", "/sectoren/bouw/b/", "/sectoren/bouw/b/2/", "/sectoren/bouw/b/3/"), list.paths());
    List<AzList.LetterPage<String>> pages = list.letterPages();
    assertEquals(List.of(3, 134, 134, 133), pages.stream().map(p -> p.entries().size()).toList());
    assertEquals(List.of(1, 1, 2, 3), pages.stream().map(AzList.LetterPage::number).toList());
    assertEquals(3, pages.get(3).count());
  }
}
