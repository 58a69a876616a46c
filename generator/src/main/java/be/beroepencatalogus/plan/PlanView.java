package be.beroepencatalogus.plan;

import java.util.List;

/**
 * An occupation's training plan as the seed lays it out: header blanks, description, and per group
 * (A. basis, B. specifiek) each competency's rows of skill and training actions, then the key skills (C).
 * {@code version} traces a printed plan to its content; {@code pdfSize} is known once the PDF is made.
 */
public record PlanView(
    String occupationId,
    String occupationTitle,
    List<HeaderField> headerFields,
    String descriptionHtml,
    List<GroupSection> groups,
    List<KeySkillRow> keySkills,
    String version,
    String pdfPath,
    String pdfSize) {

  public PlanView {
    headerFields = List.copyOf(headerFields);
    groups = List.copyOf(groups);
    keySkills = List.copyOf(keySkills);
  }

  PlanView withPdfSize(String size) {
    return new PlanView(occupationId, occupationTitle, headerFields, descriptionHtml, groups, keySkills, version, pdfPath, size);
  }

  /** A line of the header: a blank to fill in ({@code value} null), or a value from the content. */
  public record HeaderField(String name, String labelKey, String value) {}

  /** A group of competencies with the heading the plan shows for it, such as "A. Jobgerelateerde competenties: basis". */
  public record GroupSection(String key, String heading, List<PlanCompetency> competencies) {}

  /** A competency's rows. */
  public record PlanCompetency(String id, String title, List<Row> rows) {}

  /** One row of a competency's table, numbered from 1; the two date columns are left blank for the mentor. */
  public record Row(int number, String skillTitle, String trainingActionsHtml) {}

  public record KeySkillRow(String title, String descriptionHtml) {}
}
