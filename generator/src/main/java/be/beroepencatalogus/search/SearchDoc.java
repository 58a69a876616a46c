package be.beroepencatalogus.search;

import java.util.List;

/**
 * One searchable entry: an occupation, a competency, a skill (linking to its anchor on the competency page)
 * or a key skill. {@code number} is its position in the index, grouped by type; {@code path} is
 * site-relative; {@code snippet} is plain text for the result list; {@code context} names the competency
 * of a skill, else it is empty; {@code names} are the title and the aliases, each a name the page may be searched by.
 */
public record SearchDoc(
    int number, DocType type, String id, String title, String aliases, String body, String path, String snippet, String context,
    List<String> names) {

  /** The aliases one by one. */
  public List<String> aliasList() {
    return names.subList(1, names.size());
  }
}
