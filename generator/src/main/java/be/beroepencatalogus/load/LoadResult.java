package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.InternalLink;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What could be read from the content folder, every problem met while reading it, the site links in its
 * Markdown, and the ids of files that exist but could not be read (as "competenties/koken"), so that
 * references to them are not reported a second time as missing; and the ESCO list of its settings, when it has one
 * and it could be read.
 */
public record LoadResult(Catalogue catalogue, List<Problem> problems, List<InternalLink> links, Set<String> unreadable, Optional<EscoList> escoList) {
  public LoadResult {
    problems = List.copyOf(problems);
    links = List.copyOf(links);
    unreadable = Set.copyOf(unreadable);
  }

  /** Content without an ESCO list. */
  public LoadResult(Catalogue catalogue, List<Problem> problems, List<InternalLink> links, Set<String> unreadable) {
    this(catalogue, problems, links, unreadable, Optional.empty());
  }
}
