package be.beroepencatalogus.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query rules, the same in the CLI ({@link SearchEngine}) and in the browser (theme/assets/search.js, which
 * follows this file line by line):
 *
 * <ul>
 *   <li>a word known as written maps to its stem; a word that is itself a stem stands for itself; an unknown word
 *       whose singular ({@link #singulars}) is known stands for that word's stem; the last word, being typed, also
 *       stands for the stems of up to {@link #MAX_EXPANSIONS} most frequent words it starts (2 letters or more);
 *   <li>an unknown word of {@link #MIN_SPLIT} letters or more that is two known words written together is searched
 *       as those two ({@code bagageinspecteur}); a query of 2 or 3 words that the catalogue has as one word
 *       ({@code business analist}) also finds the pages of that word, each page with the better of its two scores;
 *   <li>a page must match every word; its score is, per word, the highest weight among the word's stems, summed;
 *   <li>pages are ranked by {@link Rank}: a page with a name (title or alias) made of exactly the query's words
 *       first, then pages whose names hold every word (occupations before the rest), then by score;
 *   <li>when nothing matches, unknown words of {@link #MIN_TYPO_LENGTH} letters or more are corrected by one edit
 *       ({@link #typoKeys}, {@link #CANDIDATE_ORDER}); failing that, pages matching some of the words are shown.
 * </ul>
 */
public final class SearchQuery {
  public static final int MIN_PREFIX = 2;
  public static final int MAX_EXPANSIONS = 50;
  public static final int MIN_TYPO_LENGTH = 4;
  /** At most this many corrected queries are offered ("Bedoelde je ...?"); the first one's results are shown. */
  public static final int MAX_ALTERNATIVES = 3;
  /** Candidates tried for the alternatives, best first: each costs the browser that word's postings. */
  static final int MAX_TRIED = 6;
  /** An unknown word this long may be two known words of at least {@link #MIN_PART} letters written together. */
  static final int MIN_SPLIT = 6;
  static final int MIN_PART = 3;
  /** Queries of up to this many words are also looked up written as one word. */
  static final int MAX_JOINED = 3;

  private SearchQuery() {}

  /** The stems one query word stands for; empty when the catalogue has neither the word nor its singular. */
  static Set<String> stemsOf(SearchIndex index, String word, boolean typing) {
    Set<String> stems = new LinkedHashSet<>();
    if (index.surfaceFrequency(word) > 0) {
      stems.add(index.stem(word));
    } else if (index.hasStem(word)) {
      stems.add(word);
    } else {
      singulars(word).stream().filter(s -> index.surfaceFrequency(s) > 0).findFirst().ifPresent(s -> stems.add(index.stem(s)));
    }
    if (typing && word.length() >= MIN_PREFIX) {
      for (String surface : expansions(index.surfacesStartingWith(word))) {
        stems.add(index.stem(surface));
      }
    }
    return stems;
  }

  /** The dictionary group of a word: its first two letters (the browser fetches one group per word). */
  static String group(String word) {
    return word.length() <= 2 ? word : word.substring(0, 2);
  }

  /**
   * Forms of an unknown word without a Dutch plural or inflection ending, most likely first: {@code accountanten}
   * -> {@code accountant}, {@code admiralen} -> {@code admiraal}, {@code models} -> {@code model}. Each starts with
   * the word's first two letters, so it is in the word's own dictionary group.
   */
  static List<String> singulars(String word) {
    Set<String> forms = new LinkedHashSet<>();
    for (String ending : new String[] {"'s", "s", "en", "n", "e"}) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
        String stem = word.substring(0, word.length() - ending.length());
        forms.add(stem);
        if (ending.equals("en")) {
          int n = stem.length();
          // One vowel before the last consonant was two in the singular: generalen -> generaal.
          if (n >= 3 && isConsonant(stem.charAt(n - 1)) && "aeou".indexOf(stem.charAt(n - 2)) >= 0
              && isConsonant(stem.charAt(n - 3))) {
            forms.add(stem.substring(0, n - 1) + stem.charAt(n - 2) + stem.charAt(n - 1));
          }
          // A doubled consonant was single: bakkers is fine, but "kokken" is not Dutch; "stoffen" -> "stof".
          if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && isConsonant(stem.charAt(n - 1))) {
            forms.add(stem.substring(0, n - 1));
          }
        }
      }
    }
    return List.copyOf(forms);
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /**
   * The keys under which the browser finds every known word one edit away from {@code word} (a letter added, left
   * out, replaced or swapped with the next, at any position): words are grouped by their first two letters
   * ({@code w}), by their first and third ({@code s}) and by their second and third ({@code e}). An edit after the
   * second letter keeps the first two; one in the first two letters keeps one of the other pairs.
   */
  static List<String> typoKeys(String w) {
    Set<String> keys = new LinkedHashSet<>();
    String a = "" + w.charAt(0);
    String b = "" + w.charAt(1);
    String c = "" + w.charAt(2);
    keys.add("w" + a + b); // an edit after the second letter
    keys.add("w" + b + c); // a letter too many at the start
    keys.add("w" + a + c); // a letter too many in second place
    keys.add("w" + b + a); // the first two swapped
    keys.add("e" + b + c); // the first letter replaced
    keys.add("e" + a + b); // the first letter left out
    keys.add("s" + a + c); // the second letter replaced
    keys.add("s" + a + b); // the second letter left out
    return List.copyOf(keys);
  }

  /** The keys of {@link #typoKeys} a known word is filed under: {@code w} always, {@code s} and {@code e} from 3 letters. */
  static List<String> keysOf(String word) {
    List<String> keys = new ArrayList<>();
    keys.add("w" + group(word));
    if (word.length() >= 3) {
      keys.add("s" + word.charAt(0) + word.charAt(2));
      keys.add("e" + word.substring(1, 3));
    }
    return keys;
  }

  /** Correction candidates, best first: the longest start in common with the typed word, then the most pages, then A-Z. */
  static Comparator<Map.Entry<String, Integer>> candidateOrder(String typed) {
    return Comparator.comparing((Map.Entry<String, Integer> e) -> -commonPrefix(typed, e.getKey()))
        .thenComparing(e -> -e.getValue())
        .thenComparing(Map.Entry::getKey);
  }

  static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /**
   * The key a name (title or alias) is looked up by: its words as {@link SearchIndex#words} gives them, sorted, so
   * that "landmeter technicus" finds "technicus landmeter".
   */
  public static String nameKey(List<String> words) {
    return String.join(" ", words.stream().sorted().toList());
  }

  /** The most frequent words of those given (word -> document frequency), ties alphabetical. */
  static List<String> expansions(Map<String, Integer> surfaces) {
    return surfaces.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(MAX_EXPANSIONS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * How two matching pages compare: an exact name first, then names holding every word (occupations first among
   * those), then the score, then the order of the index.
   */
  record Rank(int number, DocType type, boolean exact, boolean named, float score) {
    static final Comparator<Rank> ORDER = Comparator.comparing((Rank r) -> !r.exact())
        .thenComparing(r -> !r.named())
        .thenComparing(r -> !(r.named() && r.type() == DocType.OCCUPATION))
        .thenComparing(r -> -r.score())
        .thenComparingInt(Rank::number);
  }
}
