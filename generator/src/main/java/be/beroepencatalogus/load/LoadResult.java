package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.InternalLink;
import java.util.List;
import java.util.Set;

/**
 * What could be read from the content folder, every problem met while reading it, the site links in its
 * Markdown, and the ids of files that exist but could not be read (as "competenties/koken"), so that
 * references to them are not reported a second time as missing.
 */
public record LoadResult(Catalogue catalogue, List<Problem> problems, List<InternalLink> links, Set<String> unreadable) {
  public LoadResult {
    problems = List.copyOf(problems);
    links = List.copyOf(links);
    unreadable = Set.copyOf(unreadable);
  }
}
