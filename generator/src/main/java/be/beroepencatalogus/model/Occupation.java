package be.beroepencatalogus.model;

import java.util.List;

/**
 * An occupation ("beroep"). {@code duration} is the indicative duration ("indicatieve duurtijd") and may be
 * empty, as may {@code sector}, {@code esco} (the ESCO concept URI) and {@code isco} (the ISCO-08 code). Competencies keep the author's order.
 * {@code escoSource} and {@code iscoSource} are where those two are written (for the ESCO list's checks).
 */
public record Occupation(
    String id,
    String title,
    List<String> aliases,
    String duration,
    String sector,
    String esco,
    String isco,
    String descriptionMarkdown,
    List<CompetencyUse> competencies,
    List<KeySkillUse> keySkills,
    SourceRef source,
    SourceRef escoSource,
    SourceRef iscoSource) {

  /** An occupation whose {@code esco:} and {@code isco:}, if any, are placed at the start of its file. */
  public Occupation(String id, String title, List<String> aliases, String duration, String sector, String esco, String isco,
      String descriptionMarkdown, List<CompetencyUse> competencies, List<KeySkillUse> keySkills, SourceRef source) {
    this(id, title, aliases, duration, sector, esco, isco, descriptionMarkdown, competencies, keySkills, source, source, source);
  }

  public Occupation {
    aliases = List.copyOf(aliases);
    competencies = List.copyOf(competencies);
    keySkills = List.copyOf(keySkills);
  }

  public List<CompetencyUse> competencies(Group group) {
    return competencies.stream().filter(c -> c.group() == group).toList();
  }
}
