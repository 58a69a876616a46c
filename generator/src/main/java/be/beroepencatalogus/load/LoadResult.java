package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Catalogue;
import java.util.List;

/** What could be read from the content folder, and every problem met while reading it. */
public record LoadResult(Catalogue catalogue, List<Problem> problems) {
  public LoadResult {
    problems = List.copyOf(problems);
  }
}
