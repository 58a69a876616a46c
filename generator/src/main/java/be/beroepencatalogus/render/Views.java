package be.beroepencatalogus.render;

import java.util.List;

/** The view models the page templates render: plain data with Markdown already turned into safe HTML. */
public final class Views {
  private Views() {}

  public record Counts(int occupations, int competencies, int skills, int keySkills) {}

  public record OccupationLink(String title, String url, List<String> aliases) {}

  public record LetterGroup(String letter, List<OccupationLink> occupations) {}

  public record Home(Counts counts, List<LetterGroup> occupationsAZ) {}

  public record CompetencyLink(String title, String url, int skillCount) {}

  public record KeySkillItem(String title, String url, String descriptionHtml) {}

  public record Occupation(
      String id,
      String title,
      List<String> aliases,
      String duration,
      String sector,
      String descriptionHtml,
      List<CompetencyLink> basis,
      List<CompetencyLink> specifiek,
      List<KeySkillItem> keySkills,
      String planUrl) {}

  public record SkillSection(String title, String anchor, String trainingActionsHtml) {}

  public record UsingOccupation(String title, String url, String groupLabel) {}

  public record Competency(
      String id, String title, String introHtml, List<SkillSection> skills, List<UsingOccupation> occupations) {}

  public record KeySkillUse(String occupationTitle, String occupationUrl, String descriptionHtml) {}

  public record KeySkill(String id, String title, String definitionHtml, List<KeySkillUse> uses) {}

  /** One page in the A-Z list; {@code context} names the competency a skill belongs to, else null. */
  public record IndexEntry(String title, String url, String typeLabel, String context) {}

  public record SearchIndex(List<IndexEntry> entries) {}
}
