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

  /** Typographic ligatures (U+FB00-FB06) that PDFs keep as one character: "ﬃ" is "ffi". */
  private static String unligate(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append(LIGATURES[c - '\uFB00']);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  static String clean(String text) {
    String s = Normalizer.normalize(unligate(text), Normalizer.Form.NFC);
    s = INVISIBLE.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return DOUBLE_STOP.matcher(s).replaceAll(".");
  }
}
