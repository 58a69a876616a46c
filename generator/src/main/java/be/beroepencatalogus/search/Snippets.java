package be.beroepencatalogus.search;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passage of a result's text that shows why it matched, as theme/assets/search.js cuts it: about
 * {@link #SIZE} characters from a little before the first matching word; when only an alias matched, that alias
 * ("Ook: ..."); else the start of the text.
 */
final class Snippets {
  static final int SIZE = 160;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");

  private Snippets() {}

  static String around(String text, List<String> aliases, Predicate<String> matches) {
    int first = firstMatch(text, matches);
    if (first < 0) {
      for (String alias : aliases) {
        if (firstMatch(alias, matches) >= 0) {
          return "Ook: " + alias;
        }
      }
      first = 0;
    }
    int start = first < SIZE / 2 ? 0 : text.lastIndexOf(' ', first - 40) + 1;
    String piece = text.substring(start, Math.min(text.length(), start + SIZE));
    if (start + SIZE < text.length()) {
      piece = piece.replaceAll("\\s\\S*$", "");
    }
    boolean more = start + piece.length() < text.length();
    return (start > 0 ? "… " : "") + piece + (more ? " …" : "");
  }

  private static int firstMatch(String text, Predicate<String> matches) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (matches.test(m.group())) {
        return m.start();
      }
    }
    return -1;
  }
}
