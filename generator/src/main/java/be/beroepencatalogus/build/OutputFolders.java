package be.beroepencatalogus.build;

/** What marks a generated site, for callers outside the build stage (publishing). */
public final class OutputFolders {
  /** The file by which a build recognises a site it made; not part of the site itself, so never published. */
  public static final String MARKER = OutputGuard.MARKER;

  private OutputFolders() {}
}
