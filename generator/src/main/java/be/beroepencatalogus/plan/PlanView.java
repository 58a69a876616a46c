package be.beroepencatalogus.plan;

import java.util.List;

/**
 * An occupation's training plan as the seed lays it out: header blanks, description, and per group
 * (A. basis, B. specifiek) each competency's rows of skill and training actions, then the key skills (C) and the
 * signatures of the three parties. {@code version} (a fingerprint of the content) and {@code versionDate} (the
 * edition's date from the settings, "" when none is set) trace a printed plan to its content; {@code pdfSize} is
 * known once the PDF is made.
 */
public record PlanView(
    String occupationId,
    String occupationTitle,
    List<HeaderField> headerFields,
    String descriptionHtml,
    List<GroupSection> groups,
    List<KeySkillRow> keySkills,
    List<Signatory> signatories,
    String version,
    String versionDate,
    String pdfPath,
    String pdfSize) {

  public PlanView {
    headerFields = List.copyOf(headerFields);
    groups = List.copyOf(groups);
    keySkills = List.copyOf(keySkills);
    signatories = List.copyOf(signatories);
  }

  PlanView withPdfSize(String size) {
    return new PlanView(occupationId, occupationTitle, headerFields, descriptionHtml, groups, keySkills, signatories, version,
        versionDate, pdfPath, size);
  }

  /** What a field holds, which decides its input on screen: a native date picker, a number, or text. */
  public enum FieldKind {
    TEXT, DATE, NUMBER;

    public String inputType() {
      return switch (this) {
        case TEXT -> "text";
        case DATE -> "date";
        case NUMBER -> "number";
      };
    }
  }

  /** A line of the header: a blank to fill in ({@code value} null), or a value from the content. */
  public record HeaderField(String name, String labelKey, String value, FieldKind kind) {}

  /** A group of competencies with the heading the plan shows for it, such as "A. Jobgerelateerde competenties: basis". */
  public record GroupSection(String key, String heading, List<PlanCompetency> competencies) {}

  /** A competency's rows. */
  public record PlanCompetency(String id, String title, List<Row> rows) {}

  /** One row of a competency's table, numbered from 1; the two date columns are left blank for the mentor. */
  public record Row(int number, String skillTitle, String trainingActionsHtml) {}

  public record KeySkillRow(String id, String title, String descriptionHtml) {}

  /** One of the three parties who sign the plan; {@code key} names its fields ({@code handtekening.<key>.naam}). */
  public record Signatory(String key, String labelKey) {}
}
