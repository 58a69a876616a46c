package be.beroepencatalogus.cli;

import be.beroepencatalogus.search.DocType;
import be.beroepencatalogus.search.SearchEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Many queries in one run of {@code catalog search --queries FILE} (a JVM start and an index open per query made a
 * suite of 200 queries take minutes): one JSON line per query, and, for lines that name the page they expect, how
 * often it came first, in the top 3, and the mean reciprocal rank, in all and per kind.
 */
final class QueryBatch {
  private final SearchEngine engine;
  private final int limit;
  private final Optional<DocType> type;
  private final ObjectMapper json = new ObjectMapper();

  QueryBatch(SearchEngine engine, int limit, Optional<DocType> type) {
    this.engine = engine;
    this.limit = limit;
    this.type = type;
  }

  /** One line of the file: the query, and the expected page (id or path) and kind when given. */
  record Line(String query, String expected, String kind) {
    static Optional<Line> parse(String text) {
      if (text.isBlank() || text.startsWith("#")) {
        return Optional.empty();
      }
      String[] parts = text.split("\t", -1);
      return Optional.of(new Line(parts[0], parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null,
          parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : ""));
    }
  }

  /** Scores of the queries with an expected page: rank 0 when it was not in the results. */
  record Summary(Map<String, List<Integer>> ranksByKind, List<String> misses) {
    void print(PrintWriter err) {
      List<Integer> all = ranksByKind.values().stream().flatMap(List::stream).toList();
      if (all.isEmpty()) {
        err.flush();
        return;
      }
      err.println(line("all", all));
      if (ranksByKind.size() > 1 || !ranksByKind.containsKey("")) {
        ranksByKind.forEach((kind, ranks) -> err.println(line("  " + (kind.isEmpty() ? "(no kind)" : kind), ranks)));
      }
      misses.forEach(err::println);
      err.flush();
    }

    private static String line(String label, List<Integer> ranks) {
      long top1 = ranks.stream().filter(r -> r == 1).count();
      long top3 = ranks.stream().filter(r -> r >= 1 && r <= 3).count();
      double mrr = ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).average().orElse(0);
      return String.format(java.util.Locale.ROOT, "%-14s %4d queries  top-1 %4d (%5.1f%%)  top-3 %4d (%5.1f%%)  MRR %.3f",
          label, ranks.size(), top1, 100.0 * top1 / ranks.size(), top3, 100.0 * top3 / ranks.size(), mrr);
    }
  }

  /** A result as both {@code --json} and the JSON lines print it: type, id, title, site-relative URL, score, snippet. */
  static Map<String, Object> json(SearchEngine.Hit hit) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("type", hit.doc().type().key());
    r.put("id", hit.doc().id());
    r.put("title", hit.doc().title());
    r.put("url", hit.doc().path());
    r.put("score", Math.round(hit.score() * 1000) / 1000.0);
    r.put("snippet", hit.snippet());
    return r;
  }

  Summary run(Path file, PrintWriter out) throws IOException {
    Map<String, List<Integer>> ranks = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (String text : Files.readAllLines(file)) {
      Optional<Line> parsed = Line.parse(text);
      if (parsed.isEmpty()) {
        continue;
      }
      Line line = parsed.get();
      SearchEngine.Response response = engine.search(line.query(), limit, type);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("query", line.query());
      if (line.expected() != null) {
        int rank = 0;
        for (int i = 0; i < response.hits().size() && rank == 0; i++) {
          SearchEngine.Hit hit = response.hits().get(i);
          if (hit.doc().id().equals(line.expected()) || hit.doc().path().equals(line.expected())) {
            rank = i + 1;
          }
        }
        result.put("expected", line.expected());
        result.put("kind", line.kind());
        result.put("rank", rank);
        ranks.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(rank);
        if (rank != 1) {
          misses.add("miss (" + (rank == 0 ? "not in top " + limit : "rank " + rank) + ") " + line.kind() + ": \""
              + line.query() + "\" expected " + line.expected() + ", first "
              + (response.hits().isEmpty() ? "nothing" : response.hits().get(0).doc().path())
              + (response.corrected() != null ? " (corrected to \"" + response.corrected() + "\")" : ""));
        }
      }
      if (response.corrected() != null) {
        result.put("corrected", response.corrected());
      }
      result.put("total", response.total());
      result.put("results", response.hits().stream().map(QueryBatch::json).toList());
      out.println(json.writeValueAsString(result));
    }
    out.flush();
    return new Summary(ranks, misses);
  }
}
