package be.beroepencatalogus.search;

/**
 * One searchable entry: an occupation, a competency, a skill (linking to its anchor on the competency page)
 * or a key skill. {@code number} is its position in the index, grouped by type; {@code path} is
 * site-relative; {@code snippet} is plain text for the result list; {@code context} names the competency
 * of a skill, else it is empty.
 */
public record SearchDoc(
    int number, DocType type, String id, String title, String aliases, String body, String path, String snippet, String context) {}
