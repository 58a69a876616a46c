package be.beroepencatalogus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Catalogue.sortedByTitle ranks each distinct title once and sorts the items by rank: these tests hold it to the
 * order a plain sort by the collator, the title and the tie-break gives.
 */
class CatalogueSortTest {
  private static final String ASCII = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  /** Titles are built from these pieces, so that near-equal titles (case, accents, spaces, ij) meet often. */
  private static final String[] PIECES = {
    "a", "A", "e", "é", "è", "ë", "E", "É", "ij", "IJ", "Ĳ", "ĳ", "y", "ÿ", "i", "ï", "o", "ö", "ø", "æ", "ae", "œ", "oe",
    "ß", "ss", "th", "þ", "c", "ç", "n", "ñ", "u", "ü", "z", " ", "  ", "-", "–", "'", "’", ",", ".", "(", ")", ":", "/",
    "&", "0", "1", "2", "9", "10", "½", "kennis", "Kennis", "van", "Van", "het", "klant", "klanten", "\u0301",
    "e\u0301", "\u00a0", "\t", "_", "#", "@", "İ", "ı", "Σ", "ς", "ж", "中", "😀", "\u0000"
  };

  @Test
  void sortsAsTheCollatorDoes() {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      List<Item> items = new ArrayList<>();
      int size = 1 + random.nextInt(round < 30 ? 300 : 3000);
      for (int n = 0; n < size; n++) {
        // Repeated titles, some with the same tie-break value, exercise the tie-break and the stable order.
        String title = !items.isEmpty() && random.nextInt(5) == 0 ? items.get(random.nextInt(items.size())).title()
            : random.nextBoolean() ? randomAscii(random) : randomTitle(random);
        items.add(new Item(title, "u" + random.nextInt(4), n));
      }
      Comparator<Item> tieBreak = Comparator.comparing(Item::url);
      assertEquals(collatorSorted(items, Item::title, tieBreak), Catalogue.sortedByTitle(items, Item::title, tieBreak));
      assertEquals(collatorSorted(items, Item::title, (a, b) -> 0), Catalogue.sortedByTitle(items, Item::title, (a, b) -> 0));
    }
  }

  @Test
  void dutchTitlesSortIgnoringCaseAndAccents() {
    // Titles equal but for case are ordered by the titles themselves: capitals first.
    List<String> titles = List.of("Zorg", "ijzer", "Énergie", "energie", "Eten", "appel", "Appel", "10 regels", "2 regels", "IJs");
    assertEquals(
        List.of("10 regels", "2 regels", "Appel", "appel", "energie", "Énergie", "Eten", "IJs", "ijzer", "Zorg"),
        Catalogue.sortedByTitle(titles, t -> t, (a, b) -> 0));
  }

  record Item(String title, String url, int position) {}

  /** The plain sort: a collator key per item, then the title, then the tie-break. */
  private static <T> List<T> collatorSorted(List<T> items, Function<T, String> title, Comparator<? super T> tieBreak) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-BE"));
    collator.setStrength(Collator.SECONDARY);
    record Keyed<U>(CollationKey key, String title, U item) {}
    List<Keyed<T>> keyed = new ArrayList<>();
    for (T item : items) {
      keyed.add(new Keyed<>(collator.getCollationKey(title.apply(item)), title.apply(item), item));
    }
    keyed.sort(Comparator.<Keyed<T>, CollationKey>comparing(Keyed::key).thenComparing(Keyed::title).thenComparing(Keyed::item, tieBreak));
    return keyed.stream().map(Keyed::item).toList();
  }

  private static String randomAscii(Random random) {
    StringBuilder title = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      // Mostly letters and spaces, like real titles, with any other printable character now and then.
      int pick = random.nextInt(10);
      title.append(pick < 6 ? "aAbBeEiIjJyYzZ".charAt(random.nextInt(14)) : pick < 8 ? ' ' : ASCII.charAt(random.nextInt(ASCII.length())));
    }
    return title.toString();
  }

  private static String randomTitle(Random random) {
    StringBuilder title = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      title.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return title.toString();
  }
}
