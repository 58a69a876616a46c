package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Catalogue;
import java.util.List;

/** The loaded catalogue with every problem from loading and checking it, sorted by position. */
public record CheckResult(Catalogue catalogue, List<Problem> problems) {
  public CheckResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
