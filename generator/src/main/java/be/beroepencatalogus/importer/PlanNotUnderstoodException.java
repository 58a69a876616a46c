package be.beroepencatalogus.importer;

import java.util.List;

/** A document that is not a plan, or a plan with a part the import cannot turn into content; each problem names its place. */
public final class PlanNotUnderstoodException extends Exception {
  private final List<String> problems;

  public PlanNotUnderstoodException(String file, List<String> problems) {
    super(file + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
