package be.beroepencatalogus.importer;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans the artefacts word processors leave in text: the en-spaces that draw a blank to fill in, tabs, invisible
 * characters (soft hyphens, zero-width spaces), runs of spaces, and a full stop typed twice. Words are never
 * changed: a typo stays a typo.
 */
final class WordText {
  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern DOUBLE_STOP = Pattern.compile("(?<![.\\u2026])\\.\\.(?![.\\u2026])");

  private WordText() {}

  static String clean(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return DOUBLE_STOP.matcher(s).replaceAll(".");
  }
}
