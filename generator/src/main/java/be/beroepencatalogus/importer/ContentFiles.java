package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportedPlan.ImportedCompetency;
import be.beroepencatalogus.importer.ImportedPlan.ImportedKeySkill;
import be.beroepencatalogus.importer.ImportedPlan.ImportedSkill;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.KeySkillUse;
import java.util.List;

/** The text of each file an import writes, in the content format of the README's authoring guide, with Dutch comments as {@code new} writes them. */
final class ContentFiles {
  private ContentFiles() {}

  static String occupation(ImportedPlan plan, List<CompetencyUse> uses, List<KeySkillUse> keySkills) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("# Geïmporteerd uit ").append(oneLine(plan.file())).append(".\n");
    out.append("title: ").append(ContentText.yaml(plan.title())).append('\n');
    out.append("# Indicatieve duurtijd van de opleiding, zoals in het opleidingsplan.\n");
    out.append("duration: ").append(ContentText.yaml(plan.duration())).append('\n');
    out.append("# Competenties: ids van bestanden in content/competenties/ (zonder .md), in de volgorde van het plan.\n");
    out.append("competencies:\n");
    for (Group group : Group.values()) {
      List<CompetencyUse> inGroup = uses.stream().filter(u -> u.group() == group).toList();
      if (!inGroup.isEmpty()) {
        out.append("  ").append(group == Group.BASIS ? "basis" : "specifiek").append(":\n");
        inGroup.forEach(u -> out.append("    - ").append(u.competencyId()).append('\n'));
      }
    }
    if (!keySkills.isEmpty()) {
      out.append("# C. Sleutelvaardigheden; description = hoe de sleutelvaardigheid voor dit beroep wordt aangeleerd.\n");
      out.append("key_skills:\n");
      for (KeySkillUse k : keySkills) {
        out.append("  - id: ").append(k.keySkillId()).append('\n');
        out.append("    description: ").append(ContentText.yaml(k.descriptionMarkdown())).append('\n');
      }
    }
    out.append("---\n\n").append(description(plan)).append('\n');
    return out.toString();
  }

  static String description(ImportedPlan plan) {
    return String.join("\n\n", plan.description().stream().map(ContentText::paragraph).toList());
  }

  static String competency(ImportedCompetency c) {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(ContentText.yaml(c.title())).append('\n');
    out.append("---\n");
    for (ImportedSkill skill : c.skills()) {
      out.append("\n## ").append(ContentText.heading(skill.title())).append("\n\n");
      out.append(ContentText.markdown(skill.actions())).append('\n');
    }
    return out.toString();
  }

  static String keySkill(ImportedKeySkill k, String file) {
    return "---\n"
        + "title: " + ContentText.yaml(k.title()) + "\n"
        + "# De algemene definitie staat niet in een opleidingsplan: hieronder staat de beschrijving uit\n"
        + "# " + oneLine(file) + ". Herschrijf ze als definitie die voor elk beroep geldt.\n"
        + "---\n\n"
        + ContentText.paragraph(k.description()) + "\n";
  }

  /** A file name inside a YAML comment: one line, whatever the name holds. */
  private static String oneLine(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?");
  }
}
