package be.beroepencatalogus.render;

import java.util.List;

/**
 * The view models the page templates render: plain data with Markdown already turned into safe HTML. A page's
 * own view is named {@code ...View}, apart from the model record it shows.
 */
public final class Views {
  private Views() {}

  public record Counts(int occupations, int competencies, int skills, int keySkills) {}

  public record OccupationLink(String title, String url, List<String> aliases) {}

  public record LetterGroup(String letter, List<OccupationLink> occupations) {}

  public record HomeView(Counts counts, List<LetterGroup> occupationsAZ) {}

  public record CompetencyLink(String title, String url, int skillCount) {}

  public record SkillLink(String title, String url) {}

  /** A competency of an occupation with its skills, each linked to its place on the competency page. */
  public record CompetencySummary(String title, String url, List<SkillLink> skills) {
    /** Shown folded, so that the occupation's page keeps its overview. */
    public boolean folded() {
      return skills.size() > FOLD_SKILLS_ABOVE;
    }
  }

  /** A competency lists its skills open up to this many; more are folded under a {@code <details>}. */
  public static final int FOLD_SKILLS_ABOVE = 4;

  /**
   * An occupation related to the one on the page, with the competencies they share (up to a few, rarest first;
   * {@code moreShared} more) and whether both are in the same ISCO unit group.
   */
  public record RelatedOccupationLink(String title, String url, List<CompetencyLink> shared, int moreShared, boolean sameIscoGroup) {}

  public record KeySkillItem(String title, String url, String descriptionHtml) {}

  public record OccupationView(
      String id,
      String title,
      List<String> aliases,
      String duration,
      String sector,
      String descriptionHtml,
      List<CompetencySummary> basis,
      List<CompetencySummary> specifiek,
      List<KeySkillItem> keySkills,
      List<RelatedOccupationLink> related,
      String planUrl,
      String pdfUrl,
      String pdfSize) {}

  public record SkillSection(String title, String anchor, String trainingActionsHtml) {}

  public record UsingOccupation(String title, String url, String groupLabel) {}

  public record CompetencyView(
      String id, String title, String introHtml, List<SkillSection> skills, List<UsingOccupation> occupations) {}

  /** An occupation that asks for the key skill, with what it asks. */
  public record AskingOccupation(String occupationTitle, String occupationUrl, String descriptionHtml) {}

  public record KeySkillView(String id, String title, String definitionHtml, List<AskingOccupation> uses) {}

  /** One page in the A-Z list; {@code context} names the competency a skill belongs to, else null. */
  public record IndexEntry(String title, String url, String typeLabel, String context) {}

  /** A letter of the A-Z list; {@code url} is null on the page that shows that letter. */
  public record Letter(String letter, String url, int count) {}

  /**
   * The no-JavaScript list of all pages: on a small catalogue every entry on /zoeken/ ({@code letters}
   * empty); on a large one /zoeken/ links to one page per letter, which lists that letter's entries.
   */
  public record SearchIndexView(String heading, List<Letter> letters, List<IndexEntry> entries, boolean searchPage) {}
}
