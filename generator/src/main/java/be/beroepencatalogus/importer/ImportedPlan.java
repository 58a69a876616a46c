package be.beroepencatalogus.importer;

import be.beroepencatalogus.model.Group;
import java.util.List;

/**
 * One plan as the import understood it, before it is matched against the catalogue: the occupation, its
 * competencies in the plan's order and groups, its key skills, and notes on what was left out and why.
 */
public record ImportedPlan(
    String file,
    String title,
    String duration,
    List<String> description,
    List<ImportedCompetency> competencies,
    List<ImportedKeySkill> keySkills,
    List<String> notes) {

  public ImportedPlan {
    description = List.copyOf(description);
    competencies = List.copyOf(competencies);
    keySkills = List.copyOf(keySkills);
    notes = List.copyOf(notes);
  }

  /** A competency with its skills, as the plan's table gave them. */
  public record ImportedCompetency(String title, Group group, List<ImportedSkill> skills, String where) {
    public ImportedCompetency {
      skills = List.copyOf(skills);
    }
  }

  /** A skill and its training actions: paragraphs and list items, in order. */
  public record ImportedSkill(String title, List<TextBlock> actions) {
    public ImportedSkill {
      actions = List.copyOf(actions);
    }
  }

  /** A paragraph of training actions, or one item of a list. */
  public record TextBlock(String text, boolean listItem) {}

  /** A key skill and what it means for this occupation. */
  public record ImportedKeySkill(String title, String description, String where) {}
}
