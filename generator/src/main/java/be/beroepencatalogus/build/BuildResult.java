package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.plan.PlanRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build: every problem found, and when it succeeded, what was written, how long each stage
 * took (in the order they ran), what the search export holds and how many PDF plans were rendered or cached.
 */
public record BuildResult(
    List<Problem> problems,
    boolean succeeded,
    int pages,
    int files,
    Duration elapsed,
    Map<String, Duration> stages,
    SearchStats search,
    PlanRenderer.Result plans) {
  public BuildResult {
    problems = List.copyOf(problems);
  }

  static BuildResult failed(List<Problem> problems, Duration elapsed) {
    return new BuildResult(problems, false, 0, 0, elapsed, Map.of(), null, null);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
