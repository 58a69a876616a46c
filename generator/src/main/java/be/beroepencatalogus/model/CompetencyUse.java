package be.beroepencatalogus.model;

/** An occupation's reference to a competency, with the group it belongs to for that occupation. */
public record CompetencyUse(String competencyId, Group group, SourceRef source) {}
