package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportChanges.Entry;
import be.beroepencatalogus.importer.ImportChanges.NewFile;
import be.beroepencatalogus.importer.ImportChanges.PlanChanges;
import be.beroepencatalogus.importer.ImportChanges.Status;
import java.util.List;

/** The import's report, per plan: the occupation's id, each competency and key skill new, reused or in conflict (with the differences), candidates and notes. */
public final class ImportReport {
  private ImportReport() {}

  public static String of(ImportChanges changes) {
    StringBuilder out = new StringBuilder();
    for (PlanChanges plan : changes.plans()) {
      Entry o = plan.occupation();
      out.append(plan.plan().file()).append(": occupation ").append(o.id()).append(" \"").append(o.title()).append("\" (")
          .append(o.status() == Status.REUSED ? "already in the catalogue, unchanged" : o.status().label()).append(")\n");
      if (!o.diff().isEmpty()) {
        out.append("    ").append(o.diff()).append('\n');
      }
      section(out, "competencies", plan.competencies());
      section(out, "key skills", plan.keySkills());
      for (String candidate : plan.candidates()) {
        out.append("  candidate: ").append(candidate).append('\n');
      }
      for (String note : plan.plan().notes()) {
        out.append("  note: ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String what, List<Entry> entries) {
    long fresh = entries.stream().filter(e -> e.status() == Status.NEW).count();
    long reused = entries.stream().filter(e -> e.status() == Status.REUSED).count();
    long conflicts = entries.size() - fresh - reused;
    out.append("  ").append(what).append(": ").append(entries.size()).append(" (").append(fresh).append(" new, ")
        .append(reused).append(" reused, ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicts").append(")\n");
    for (Entry e : entries) {
      out.append(String.format("    %-8s %s  %s%n", e.status() == Status.NEW ? "new" : e.status() == Status.REUSED ? "reused" : "conflict",
          e.id(), e.title()));
      if (e.status() == Status.CONFLICT_KEPT || e.status() == Status.CONFLICT_VARIANT) {
        out.append("      ").append(e.status() == Status.CONFLICT_KEPT
            ? "the catalogue's " + e.id() + " has other skills or actions under this title; kept it, the imported text is not written (--on-conflict variant writes it as a competency of its own):"
            : "the catalogue has this title with other skills or actions; the imported text is written as " + e.id() + ":").append('\n');
        out.append(e.diff());
      }
    }
  }

  /** One line: how many files of each kind. */
  public static String files(List<NewFile> files) {
    long occupations = files.stream().filter(f -> f.kind().equals("occupation")).count();
    long competencies = files.stream().filter(f -> f.kind().equals("competency")).count();
    long keySkills = files.stream().filter(f -> f.kind().equals("key skill")).count();
    return count(files.size(), "file", "files") + " (" + count(occupations, "occupation", "occupations") + ", "
        + count(competencies, "competency", "competencies") + ", " + count(keySkills, "key skill", "key skills") + ")";
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
