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
      String pdfSize,
      OccupationFacts facts) {}

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

  /** A link to a page; for lists of sectors, groups and such. */
  public record Link(String label, String url) {}

  /** A link with how many occupations it leads to, such as a sector or an ISCO group. */
  public record CountedLink(String label, String url, int count) {}

  /** One entry of an A-Z list: its title and link, and short notes (aliases, ISCO group, counts). */
  public record ListEntry(String title, String url, List<String> notes) {}

  /** A letter of an A-Z index: {@code url} is null when no entry starts with it; {@code current} on its own page. */
  public record AzLetter(String letter, String url, int count, boolean current) {}

  /** The entries of one letter on a page; {@code id} is the anchor of its heading. */
  public record AzSection(String letter, String id, List<ListEntry> entries) {}

  /** A page number in a pagination; {@code url} is null for the page shown. */
  public record PageLink(int number, String url) {}

  /** Where a letter's page is among that letter's pages: "pagina 2 van 3", previous and next (null at the ends). */
  public record Pagination(int page, int pages, String previousUrl, String nextUrl, List<PageLink> links) {}

  /**
   * An A-Z list as one page shows it: the letter index, and the entries on this page (none on the base page of a
   * list split per letter); {@code heading} is null on a letter's page, whose title names it; {@code pagination} is
   * null unless the letter has several pages.
   */
  public record AzListView(String heading, List<AzLetter> letters, List<AzSection> sections, Pagination pagination) {}

  /**
   * A page to browse by: list pages, sectors, ISCO groups. {@code kind} is the small label above the title (or
   * empty); {@code groups} the sectors or subgroups with their counts (empty: no such section); {@code list} the
   * A-Z list of entries (null: none).
   */
  public record BrowseView(String kind, String title, String intro, String groupsHeading, List<CountedLink> groups,
      String emptyText, AzListView list) {}

  /**
   * An occupation's sector and ISCO group, as links; {@code sectorUrl} is null for a sector without a page;
   * {@code escoUrl} is its ESCO concept (which opens on ESCO's portal), or "".
   */
  public record OccupationFacts(String sector, String sectorUrl, List<Link> iscoGroups, String escoUrl) {}

  /** Where the home page's counts lead. */
  public record CountLinks(String occupations, String competencies, String skills, String keySkills) {}

  /**
   * The home page: counts, and either every occupation A-Z (a small catalogue: {@code occupationsAZ}) or the letter
   * index of the occupations list ({@code letters}), then the sectors and the ISCO major groups.
   */
  public record HomeView(Counts counts, CountLinks countLinks, List<LetterGroup> occupationsAZ, List<AzLetter> letters,
      List<CountedLink> sectors, List<CountedLink> majorGroups, String allSectorsUrl, String allGroupsUrl, String allOccupationsUrl) {}
}
