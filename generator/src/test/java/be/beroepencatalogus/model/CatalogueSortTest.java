package be.beroepencatalogus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Catalogue.sortedByTitle keys ASCII titles from a table instead of asking the collator: these tests hold it to
 * the collator's own keys and to the order the plain collator sort gives.
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
  void theJdkRulesAreTheVerifiedOnesAndTheFastPathIsOn() {
    RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("nl-BE"));
    // A failure here means another JDK: check that its rules still hold no contraction (the test below), then
    // pin the new hash. Until then every title is keyed by the collator, which is exact but slower.
    assertEquals(Catalogue.TitleKeys.VERIFIED_RULES_HASH, collator.getRules().hashCode());
    assertTrue(Catalogue.TitleKeys.fastPath());
  }

  @Test
  void theRulesHoldNoContractionAndNoFrenchAccents() {
    // A contraction is a relation ('<', ';', ',', '=') to more than one character (after the canonical
    // decomposition the JDK applies to the rules first); more than one after a reset ('&') or after '/' is an
    // expansion, which keys a character as a fixed sequence of elements and so keeps keys per character.
    String rules = ((RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("nl-BE"))).getRules();
    List<String> relations = relationTexts(rules);
    assertTrue(relations.size() > 300, "the rules were read: " + relations.size());
    assertEquals(List.of(), relations.stream().filter(r -> Normalizer.normalize(r, Normalizer.Form.NFD).codePointCount(0, r.length()) != 1).toList());
    assertFalse(rules.replaceAll("'.", "").contains("@"), "French secondary ordering");
  }

  /** The text of each relation in collation rules, read as the JDK's PatternEntry reads them. */
  private static List<String> relationTexts(String rules) {
    List<String> relations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    char relation = 0;
    boolean extension = false;
    for (int i = 0; i < rules.length(); i++) {
      char c = rules.charAt(i);
      if (c == '\'') {
        // A quote takes the next character as it is, and then all up to the closing quote.
        int close = rules.indexOf('\'', i + 2);
        if (!extension) {
          text.append(rules, i + 1, close);
        }
        i = close;
      } else if ("<;,=&".indexOf(c) >= 0) {
        if (relation != 0 && relation != '&') {
          relations.add(text.toString());
        }
        relation = c;
        text.setLength(0);
        extension = false;
      } else if (c == '/') {
        extension = true;
      } else if (" \t\n\f\r".indexOf(c) < 0 && !extension) {
        text.append(c);
      }
    }
    if (relation != 0 && relation != '&') {
      relations.add(text.toString());
    }
    return relations;
  }

  @Test
  void tableKeysAreTheCollatorsKeysForAllPairsOfAsciiCharacters() {
    for (int i = 0; i < ASCII.length(); i++) {
      for (int j = 0; j < ASCII.length(); j++) {
        String title = "" + ASCII.charAt(i) + ASCII.charAt(j);
        assertEquals(Catalogue.TitleKeys.collatorKey(title), Catalogue.TitleKeys.key(title), title);
      }
    }
  }

  @Test
  void keysAreTheCollatorsKeysForRandomTitles() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      String title = n % 2 == 0 ? randomAscii(random) : randomTitle(random);
      assertEquals(Catalogue.TitleKeys.collatorKey(title), Catalogue.TitleKeys.key(title), title);
    }
  }

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

  /** The sort as it was before the table keys: a collator key per title, then the title, then the tie-break. */
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
