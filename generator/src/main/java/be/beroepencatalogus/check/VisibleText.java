package be.beroepencatalogus.check;

/**
 * Text from content made safe to print on a terminal: control characters (C0, DEL, C1) and the Unicode controls
 * that reorder text on screen are written as {@code \u001b}, so a file name or an id cannot clear the screen, set
 * the terminal's title, or make a line read differently from what it says.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHidden(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isHidden(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL and C1: what terminals act on
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) // bidirectional embeddings, overrides, isolates
        || c == 0x200e || c == 0x200f || c == 0x061c; // direction marks
  }
}
