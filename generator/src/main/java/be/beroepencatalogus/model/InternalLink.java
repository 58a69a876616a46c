package be.beroepencatalogus.model;

/** A link in an author's Markdown that points inside the site, kept with its position so a broken one can be reported. */
public record InternalLink(String target, SourceRef source) {}
