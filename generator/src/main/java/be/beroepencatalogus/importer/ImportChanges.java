package be.beroepencatalogus.importer;

import java.util.List;

/** What an import would do: per plan what it writes, reuses and reports, and every new file (path under the content folder, text). */
public record ImportChanges(List<PlanChanges> plans, List<NewFile> files) {
  public ImportChanges {
    plans = List.copyOf(plans);
    files = List.copyOf(files);
  }

  /** How an imported occupation, competency or key skill relates to the catalogue. */
  public enum Status {
    NEW("new"),
    REUSED("reused"),
    CONFLICT_KEPT("conflict, kept the catalogue's"),
    CONFLICT_VARIANT("conflict, written as a variant");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One thing a plan names: the id it has in the catalogue after the import, and for a conflict the differences. */
  public record Entry(String id, String title, Status status, String diff) {}

  /** One plan's part of the import. */
  public record PlanChanges(ImportedPlan plan, Entry occupation, List<Entry> competencies, List<Entry> keySkills, List<String> candidates) {
    public PlanChanges {
      competencies = List.copyOf(competencies);
      keySkills = List.copyOf(keySkills);
      candidates = List.copyOf(candidates);
    }
  }

  /** A file the import writes, by its path under the content folder. */
  public record NewFile(String path, String text, String kind) {}
}
