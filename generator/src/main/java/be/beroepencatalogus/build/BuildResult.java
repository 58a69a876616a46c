package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import java.time.Duration;
import java.util.List;

/** The outcome of a build: every problem found, and when it succeeded, what was written. */
public record BuildResult(List<Problem> problems, boolean succeeded, int pages, int files, Duration elapsed) {
  public BuildResult {
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
