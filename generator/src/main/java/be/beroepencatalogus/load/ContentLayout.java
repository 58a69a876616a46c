package be.beroepencatalogus.load;

/** Where each kind of source lives inside the content folder; the file name (without .md) is the id. */
public final class ContentLayout {
  public static final String SETTINGS_FILE = "site.yaml";
  public static final String OCCUPATIONS_DIR = "beroepen";
  public static final String COMPETENCIES_DIR = "competenties";
  public static final String KEY_SKILLS_DIR = "sleutelvaardigheden";

  private ContentLayout() {}
}
