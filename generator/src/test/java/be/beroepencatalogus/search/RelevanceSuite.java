package be.beroepencatalogus.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The relevance queries of {@code search/relevance.tsv}, shared by the CLI and browser tests. */
public final class RelevanceSuite {
  /** At least this share of queries must have the expected page in the top 3. */
  public static final double REQUIRED = 0.9;

  public record Case(String query, String expected, String kind) {
    @Override
    public String toString() {
      return query + " (" + kind + ")";
    }
  }

  private RelevanceSuite() {}

  public static List<Case> cases() {
    return cases("search/relevance.tsv");
  }

  /** The cases of a suite file in test resources: query, expected page and kind, tab-separated; '#' comments. */
  public static List<Case> cases(String resource) {
    try (InputStream in = RelevanceSuite.class.getClassLoader().getResourceAsStream(resource)) {
      List<Case> cases = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t");
          cases.add(new Case(parts[0], parts[1], parts[2]));
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per query that missed: the query, what was expected, what came first. */
  public static String report(List<String> misses, int total) {
    return String.format("%d of %d queries with the expected page in the top 3 (%.0f%%); misses:%n%s",
        total - misses.size(), total, 100.0 * (total - misses.size()) / total, String.join("\n", misses));
  }
}
