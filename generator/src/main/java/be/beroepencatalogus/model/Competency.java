package be.beroepencatalogus.model;

import java.util.List;

/** A competency ("competentie") in its own file, shareable between occupations; its skills are ordered. */
public record Competency(String id, String title, String introMarkdown, List<Skill> skills, SourceRef source) {
  public Competency {
    skills = List.copyOf(skills);
  }
}
