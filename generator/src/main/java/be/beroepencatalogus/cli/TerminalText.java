package be.beroepencatalogus.cli;

/** Text from files (names, titles) as printed to a terminal: control characters shown as escapes, never executed. */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
