package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.plan.PlanRenderer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build: every problem found, and when it succeeded, what was written, how long each stage
 * took (in the order they ran), what the search export holds, how many PDF plans were rendered or cached, and
 * the catalogue settings it was built with (null when it failed).
 */
public record BuildResult(
    List<Problem> problems,
    boolean succeeded,
    int pages,
    int files,
    Duration elapsed,
    Map<String, Duration> stages,
    SearchStats search,
    PlanRenderer.Result plans,
    SiteSettings settings) {
  public BuildResult {
    problems = List.copyOf(problems);
  }

  static BuildResult failed(List<Problem> problems, Duration elapsed) {
    return new BuildResult(problems, false, 0, 0, elapsed, Map.of(), null, null, null);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
