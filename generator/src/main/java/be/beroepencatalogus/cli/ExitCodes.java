package be.beroepencatalogus.cli;

/** Exit codes of every command. */
final class ExitCodes {
  static final int OK = 0;
  static final int CONTENT_ERROR = 1;
  static final int USAGE = 2;

  private ExitCodes() {}
}
