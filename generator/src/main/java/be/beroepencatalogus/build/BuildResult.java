package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SiteSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The outcome of a build: a site written ({@link Built}) or, when the content has errors, nothing ({@link Failed}). */
public sealed interface BuildResult permits BuildResult.Built, BuildResult.Failed {
  /** Every problem found, sorted by file and line; a built site may have warnings. */
  List<Problem> problems();

  Duration elapsed();

  default boolean succeeded() {
    return this instanceof Built;
  }

  /**
   * A site written: pages and files, how long each stage took (in the order they finished), what the search
   * export holds, what was made of the plans, and the settings it was built with.
   */
  record Built(List<Problem> problems, int pages, int files, Duration elapsed, Map<String, Duration> stages,
      SearchStats search, PlanStats plans, SiteSettings settings) implements BuildResult {
    public Built {
      problems = List.copyOf(problems);
    }
  }

  /** Content with errors: nothing was written, the previous site stays. */
  record Failed(List<Problem> problems, Duration elapsed) implements BuildResult {
    public Failed {
      problems = List.copyOf(problems);
    }
  }
}
