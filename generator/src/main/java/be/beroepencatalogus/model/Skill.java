package be.beroepencatalogus.model;

/**
 * An underlying piece of knowledge or skill ("onderliggende kennis of vaardigheid") of a competency, with
 * its training actions as Markdown. The anchor is its stable fragment on the competency page.
 */
public record Skill(String title, String anchor, String trainingActionsMarkdown, SourceRef source) {}
