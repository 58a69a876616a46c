package be.beroepencatalogus.model;

/** An occupation's reference to a key skill, with what that key skill means for this occupation. */
public record KeySkillUse(String keySkillId, String descriptionMarkdown, SourceRef source) {}
