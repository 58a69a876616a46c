package be.beroepencatalogus.diff;

import java.util.List;

/**
 * What happened to one item of the catalogue: it was added, removed or changed (with one phrase per change).
 * {@code affects} names, for a changed competency or key skill, the occupations whose pages and plans show it.
 */
public record Change(Subject subject, Kind kind, String id, String title, List<Phrase> details, List<OccupationRef> affects) {
  public Change {
    details = List.copyOf(details);
    affects = List.copyOf(affects);
  }

  /** The kinds of item, in the order a report lists them. */
  public enum Subject {
    SETTINGS("settings", "settings", "Settings"),
    OCCUPATION("occupation", "occupations", "Occupations"),
    COMPETENCY("competency", "competencies", "Competencies"),
    KEY_SKILL("key skill", "key skills", "Key skills");

    private final String singular;
    private final String plural;
    private final String heading;

    Subject(String singular, String plural, String heading) {
      this.singular = singular;
      this.plural = plural;
      this.heading = heading;
    }

    public String singular() {
      return singular;
    }

    public String plural() {
      return plural;
    }

    public String heading() {
      return heading;
    }

    String count(long n) {
      return n + " " + (n == 1 ? singular : plural);
    }
  }

  /** In the order a report lists them within a subject. */
  public enum Kind {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** An occupation by id and title. */
  public record OccupationRef(String id, String title) {}
}
