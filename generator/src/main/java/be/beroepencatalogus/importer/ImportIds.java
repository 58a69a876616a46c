package be.beroepencatalogus.importer;

import be.beroepencatalogus.model.Slugs;
import java.util.HashSet;
import java.util.Set;

/**
 * Ids for imported files, made from titles as an author would: a competency's id from the first clause of its title
 * without a leading article ("Het doel van de oproep kenbaar maken (bestelling, ...)" ->
 * {@code doel-van-de-oproep-kenbaar-maken}), at most 60 characters, never ending on a small word. An id already
 * taken gets {@code -2}, {@code -3}, ...
 */
final class ImportIds {
  private static final int MAX_LENGTH = 60;
  private static final Set<String> SMALL_WORDS = Set.of("de", "het", "een", "en", "of", "van", "bij", "over", "aan", "in", "op", "met", "voor", "te", "tot", "naar", "om", "door", "uit");

  private final Set<String> taken = new HashSet<>();

  ImportIds(Set<String> existing) {
    taken.addAll(existing);
  }

  String competency(String title) {
    String clause = WordText.clean(title).split("(?<=[.;:])\\s|\\s\\(")[0];
    String id = trim(Slugs.fromTitle(clause, MAX_LENGTH));
    return claim(id.isEmpty() ? trim(Slugs.fromTitle(title, MAX_LENGTH)) : id, "competentie");
  }

  String plain(String title, String fallback) {
    return claim(base(title, fallback), fallback);
  }

  /** The id {@link #plain} gives {@code title} when nothing has taken it yet. */
  static String base(String title, String fallback) {
    String id = trim(Slugs.fromTitle(WordText.clean(title), MAX_LENGTH));
    return id.isEmpty() ? fallback : id;
  }

  private static String trim(String slug) {
    String id = slug;
    for (String article : new String[] {"de-", "het-", "een-"}) {
      if (id.startsWith(article) && id.length() > article.length()) {
        id = id.substring(article.length());
      }
    }
    boolean trimmed = true;
    while (trimmed) {
      trimmed = false;
      int dash = id.lastIndexOf('-');
      if (dash > 0 && SMALL_WORDS.contains(id.substring(dash + 1))) {
        id = id.substring(0, dash);
        trimmed = true;
      }
    }
    return id;
  }

  private String claim(String id, String fallback) {
    String base = id.isEmpty() ? fallback : id;
    String chosen = base;
    for (int n = 2; taken.contains(chosen); n++) {
      chosen = base + "-" + n;
    }
    taken.add(chosen);
    return chosen;
  }
}
