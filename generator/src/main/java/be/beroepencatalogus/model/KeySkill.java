package be.beroepencatalogus.model;

/** A key skill ("sleutelvaardigheid") with its general definition; occupations add their own description. */
public record KeySkill(String id, String title, String definitionMarkdown, SourceRef source) {}
