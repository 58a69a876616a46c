package be.beroepencatalogus.load;

import java.nio.file.Path;

/** Where each kind of source lives inside the content folder; the file name (without .md) is the id. */
public final class ContentLayout {
  public static final String SETTINGS_FILE = "site.yaml";
  public static final String OCCUPATIONS_DIR = "beroepen";
  public static final String COMPETENCIES_DIR = "competenties";
  public static final String KEY_SKILLS_DIR = "sleutelvaardigheden";

  private ContentLayout() {}

  /**
   * Whether a path inside the content folder (relative to it) is hidden, and so never content: a name starting with
   * a dot anywhere in it, as editors' lock and backup files ({@code .#x.md}, {@code ._x.md}) and {@code .git} have.
   */
  public static boolean isHidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
