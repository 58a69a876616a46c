package be.beroepencatalogus.plan;

import java.util.List;

/**
 * An occupation's training plan as the seed lays it out: header blanks, description, and per group
 * (A. basis, B. specifiek) each competency's rows of skill and training actions, then the key skills (C).
 */
public record PlanView(
    String occupationId, String occupationTitle, String duration, String descriptionHtml, List<GroupSection> groups, List<KeySkillRow> keySkills) {

  public PlanView {
    groups = List.copyOf(groups);
    keySkills = List.copyOf(keySkills);
  }

  /** A group of competencies with the heading the plan shows for it, such as "A. Jobgerelateerde competenties: basis". */
  public record GroupSection(String key, String heading, List<PlanCompetency> competencies) {}

  public record PlanCompetency(String id, String title, List<Row> rows) {}

  /** One row of a competency's table; the two date columns are left blank for the mentor. */
  public record Row(String skillTitle, String trainingActionsHtml) {}

  public record KeySkillRow(String title, String descriptionHtml) {}
}
