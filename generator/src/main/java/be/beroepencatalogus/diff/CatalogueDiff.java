package be.beroepencatalogus.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The differences between two catalogues, in catalogue terms. Changes are ordered by subject (settings,
 * occupations, competencies, key skills), then kind (added, removed, changed), then id; their details follow the
 * authors' order. {@code affectedOccupations} are the ids of every occupation whose pages change.
 */
public record CatalogueDiff(List<Change> changes, SortedSet<String> affectedOccupations) {
  public CatalogueDiff {
    changes = List.copyOf(changes);
    affectedOccupations = new TreeSet<>(affectedOccupations);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long count(Change.Subject subject, Change.Kind kind) {
    return changes.stream().filter(c -> c.subject() == subject && c.kind() == kind).count();
  }

  public List<Change> of(Change.Subject subject) {
    return changes.stream().filter(c -> c.subject() == subject).toList();
  }

  /**
   * {@code 1 occupation changed, 2 competencies changed, 1 key skill removed; affects 1 occupation}, or
   * {@code no changes}.
   */
  public String summary() {
    List<String> parts = new ArrayList<>();
    for (Change.Subject subject : Change.Subject.values()) {
      for (Change.Kind kind : Change.Kind.values()) {
        long n = count(subject, kind);
        if (n > 0) {
          parts.add(subject == Change.Subject.SETTINGS ? "settings " + kind.word() : subject.count(n) + " " + kind.word());
        }
      }
    }
    if (parts.isEmpty()) {
      return "no changes";
    }
    return String.join(", ", parts) + "; affects " + Change.Subject.OCCUPATION.count(affectedOccupations.size());
  }
}
