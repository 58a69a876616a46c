package be.beroepencatalogus.diff;

import be.beroepencatalogus.diff.Change.Kind;
import be.beroepencatalogus.diff.Change.OccupationRef;
import be.beroepencatalogus.diff.Change.Subject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a {@link CatalogueDiff}: as text, one self-contained line per change (easy to grep), or as Markdown for
 * a pull request: a heading, the summary, then a section per kind of item with a bullet per item and its changes.
 */
public final class DiffFormatter {
  /** How many occupations a Markdown "affects" line names before it says "and N more". */
  static final int MAX_NAMED_OCCUPATIONS = 20;

  private DiffFormatter() {}

  /**
   * <pre>
   * catalogue changes since origin/main (1a2b3c4):
   * occupation kok: title changed: "Kok" -> "Chef-kok"
   * competency koken: skill added: "Bakt brood" (#bakt-brood)
   * competency koken: affects 1 occupation: kok
   * summary: 1 occupation changed, 1 competency changed; affects 1 occupation
   * </pre>
   */
  public static String text(CatalogueDiff diff, String ref, String shortId) {
    String since = ref + " (" + shortId + ")";
    if (diff.isEmpty()) {
      return "no catalogue changes since " + since + "\n";
    }
    StringBuilder s = new StringBuilder("catalogue changes since " + since + ":\n");
    for (Change c : diff.changes()) {
      String name = c.subject() == Subject.SETTINGS ? "settings" : c.subject().singular() + " " + c.id();
      if (c.kind() == Kind.CHANGED) {
        c.details().forEach(d -> s.append(name).append(": ").append(d.text()).append('\n'));
        if (!c.affects().isEmpty()) {
          s.append(name).append(": affects ").append(Subject.OCCUPATION.count(c.affects().size())).append(": ")
              .append(c.affects().stream().map(OccupationRef::id).collect(Collectors.joining(", "))).append('\n');
        }
      } else {
        s.append(c.subject().singular()).append(' ').append(c.kind().word()).append(": ").append(c.id())
            .append(" \"").append(c.title()).append("\"\n");
      }
    }
    return s.append("summary: ").append(diff.summary()).append('\n').toString();
  }

  /**
   * <pre>
   * ## Catalogue changes since `origin/main` (`1a2b3c4`)
   *
   * **Summary:** 1 occupation changed; affects 1 occupation
   *
   * ### Occupations
   *
   * - **Changed:** Chef-kok (`kok`)
   *   - title changed: "Kok" → "Chef-kok"
   * </pre>
   */
  public static String markdown(CatalogueDiff diff, String ref, String shortId) {
    StringBuilder s = new StringBuilder("## Catalogue changes since " + Markdown.code(ref) + " (" + Markdown.code(shortId) + ")\n\n");
    if (diff.isEmpty()) {
      return s.append("No changes in the catalogue.\n").toString();
    }
    s.append("**Summary:** ").append(diff.summary()).append("\n");
    for (Subject subject : Subject.values()) {
      List<Change> changes = diff.of(subject);
      if (changes.isEmpty()) {
        continue;
      }
      s.append("\n### ").append(subject.heading()).append("\n\n");
      for (Change c : changes) {
        String label = "**" + capitalised(c.kind().word()) + ":** ";
        s.append("- ").append(label);
        s.append(subject == Subject.SETTINGS ? Markdown.code(c.id()) : Markdown.escape(c.title()) + " (" + Markdown.code(c.id()) + ")");
        s.append('\n');
        c.details().forEach(d -> s.append("  - ").append(d.markdown()).append('\n'));
        if (!c.affects().isEmpty()) {
          s.append("  - affects ").append(Subject.OCCUPATION.count(c.affects().size())).append(": ")
              .append(named(c.affects())).append('\n');
        }
      }
    }
    return s.toString();
  }

  private static String named(List<OccupationRef> occupations) {
    String names = occupations.stream().limit(MAX_NAMED_OCCUPATIONS)
        .map(o -> Markdown.escape(o.title()) + " (" + Markdown.code(o.id()) + ")")
        .collect(Collectors.joining(", "));
    int more = occupations.size() - MAX_NAMED_OCCUPATIONS;
    return more > 0 ? names + " and " + more + " more" : names;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
