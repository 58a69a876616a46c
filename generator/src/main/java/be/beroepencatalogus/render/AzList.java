package be.beroepencatalogus.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How one A-Z list (entries already in Dutch order) is laid out over pages at {@code basePath}: on that page alone
 * while it is short; else that page links to a page per letter ({@code basePath + "a/"}), and a letter longer than a
 * page continues on {@code a/2/}, {@code a/3/}..., so that no page grows with the catalogue and all works without
 * JavaScript.
 */
public final class AzList<T> {
  /** Up to this many entries, the whole list is on its base page. */
  public static final int ONE_PAGE_LIMIT = 250;
  /** At most this many entries on one page of a letter. */
  public static final int PAGE_SIZE = 200;

  /** One page of a letter: {@code number} of {@code count}, at {@code path}. */
  public record LetterPage<T>(String path, String letter, int number, int count, List<T> entries) {}

  private final String basePath;
  private final Map<String, List<T>> byLetter;
  private final boolean split;

  private AzList(String basePath, Map<String, List<T>> byLetter, boolean split) {
    this.basePath = basePath;
    this.byLetter = byLetter;
    this.split = split;
  }

  public static <T> AzList<T> of(String basePath, List<T> sorted, Function<T, String> title) {
    return of(basePath, sorted, title, ONE_PAGE_LIMIT);
  }

  static <T> AzList<T> of(String basePath, List<T> sorted, Function<T, String> title, int onePageLimit) {
    Map<String, List<T>> found = new LinkedHashMap<>();
    sorted.forEach(e -> found.computeIfAbsent(PageRenderer.letterOf(title.apply(e)), k -> new ArrayList<>()).add(e));
    // Letters in a fixed order (digits first, as Dutch collation sorts them), whatever the titles' punctuation did.
    Map<String, List<T>> byLetter = new LinkedHashMap<>();
    for (String letter : alphabet()) {
      if (found.containsKey(letter)) {
        byLetter.put(letter, List.copyOf(found.get(letter)));
      }
    }
    return new AzList<>(basePath, byLetter, sorted.size() > onePageLimit);
  }

  /** {@code #} (digits and other signs), then A to Z: the letters an index shows, linked or not. */
  public static List<String> alphabet() {
    List<String> letters = new ArrayList<>(List.of("#"));
    for (char c = 'A'; c <= 'Z'; c++) {
      letters.add(String.valueOf(c));
    }
    return letters;
  }

  /** Whether the list is spread over letter pages. */
  public boolean split() {
    return split;
  }

  public Map<String, List<T>> byLetter() {
    return byLetter;
  }

  public int size() {
    return byLetter.values().stream().mapToInt(List::size).sum();
  }

  /** The letter's part of a URL: {@code a}, or {@code 0-9} for {@code #}. */
  public static String slug(String letter) {
    return letter.equals("#") ? "0-9" : letter.toLowerCase(Locale.ROOT);
  }

  /** Where the index links for a letter: its page when split, else its heading on the base page. */
  public String letterPath(String letter) {
    return split ? basePath + slug(letter) + "/" : basePath + "#letter-" + slug(letter);
  }

  /** The pages of each letter, when split (none otherwise). */
  public List<LetterPage<T>> letterPages() {
    if (!split) {
      return List.of();
    }
    List<LetterPage<T>> pages = new ArrayList<>();
    for (Map.Entry<String, List<T>> letter : byLetter.entrySet()) {
      List<T> entries = letter.getValue();
      int count = (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE;
      // Even pages (101 + 100, not 200 + 1): the last page is never a lone straggler.
      int size = (entries.size() + count - 1) / count;
      for (int n = 1; n <= count; n++) {
        List<T> part = entries.subList((n - 1) * size, Math.min(entries.size(), n * size));
        pages.add(new LetterPage<>(pagePath(letter.getKey(), n), letter.getKey(), n, count, part));
      }
    }
    return pages;
  }

  /** Page {@code number} of a letter: {@code a/} for the first, {@code a/2/} for the second. */
  public String pagePath(String letter, int number) {
    String first = basePath + slug(letter) + "/";
    return number == 1 ? first : first + number + "/";
  }

  /** The base page and every letter page. */
  public List<String> paths() {
    List<String> paths = new ArrayList<>(List.of(basePath));
    letterPages().forEach(p -> paths.add(p.path()));
    return paths;
  }
}
