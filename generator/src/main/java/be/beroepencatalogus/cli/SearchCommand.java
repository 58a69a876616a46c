package be.beroepencatalogus.cli;

import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.search.DocType;
import be.beroepencatalogus.search.SearchEngine;
import be.beroepencatalogus.search.SearchIndex;
import be.beroepencatalogus.search.SearchIndexCache;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the catalogue with its Lucene index (Dutch stemming, accents ignored, the last word as a prefix,",
      "one-letter typos corrected), ranked as on the site. The index is kept in --cache and rebuilt when content changes."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> query = List.of();

  @Option(names = "--queries", paramLabel = "FILE", description = {
      "Answer every query of FILE (one a line; '#' starts a comment) as JSON lines. A line may be",
      "QUERY<TAB>EXPECTED[<TAB>KIND] (EXPECTED: a page's id or site path): then top-1, top-3 and MRR are",
      "reported on standard error, per kind as well."})
  Path queries;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Number of results (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only results of this type: beroep, competentie, vaardigheid, sleutelvaardigheid.")
  String type;

  @Option(names = "--json", description = "Print a JSON array of {type, id, title, url, score, snippet}.")
  boolean json;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache/search", description = "Index cache folder (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Override
  public Integer call() throws Exception {
    UsageException.requireFolder(content, "--content");
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    }
    Optional<DocType> only = Optional.empty();
    if (type != null) {
      only = Optional.of(DocType.fromKey(type).orElseThrow(() ->
          new ParameterException(spec.commandLine(), "unknown --type '" + type + "' (use beroep, competentie, vaardigheid or sleutelvaardigheid)")));
    }
    if (query.isEmpty() == (queries == null)) {
      throw new ParameterException(spec.commandLine(), "give either QUERY words or --queries FILE");
    }
    List<Problem> problems = new ArrayList<>();
    Optional<SearchIndex> opened = new SearchIndexCache(cache).open(content, dir -> {
      CheckResult check = new SiteBuilder().check(dir);
      problems.addAll(check.problems());
      return check.hasErrors() ? Optional.empty() : Optional.of(check.catalogue());
    });
    if (opened.isEmpty()) {
      ProblemPrinter.print(problems, ProblemPrinter.Format.text, spec.commandLine().getErr());
      spec.commandLine().getErr().println("search: the content has errors; fix them first");
      return ExitCodes.CONTENT_ERROR;
    }
    try (SearchIndex index = opened.get()) {
      if (queries != null) {
        QueryBatch.Summary summary = new QueryBatch(new SearchEngine(index), limit, only).run(queries, spec.commandLine().getOut());
        summary.print(spec.commandLine().getErr());
        return ExitCodes.OK;
      }
      SearchEngine.Response response = new SearchEngine(index).search(String.join(" ", query), limit, only);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(toJson(response));
      } else {
        printText(response, out);
      }
      out.flush();
    }
    return ExitCodes.OK;
  }

  private void printText(SearchEngine.Response response, PrintWriter out) {
    String q = String.join(" ", query);
    if (response.corrected() != null) {
      out.println("no results for \"" + q + "\"; showing results for \"" + response.corrected() + "\""
          + (response.alternatives().size() > 1 ? " (also: " + String.join(", ", response.alternatives().subList(1, response.alternatives().size())) + ")" : ""));
    } else if (response.partial()) {
      out.println("no results with all words; showing results with " + String.join(", ", response.matched()));
    }
    if (response.total() == 0) {
      out.println("no results for \"" + q + "\"");
      return;
    }
    String counts = response.counts().entrySet().stream().map(e -> e.getKey().key() + " " + e.getValue()).collect(Collectors.joining(", "));
    out.println(response.total() + (response.total() == 1 ? " result" : " results") + " (" + counts + ")");
    int rank = 1;
    for (SearchEngine.Hit hit : response.hits()) {
      out.printf("%3d. %-18s %s  %s%n", rank++, hit.doc().type().key(), hit.doc().title(), hit.doc().path());
    }
  }

  private static String toJson(SearchEngine.Response response) throws Exception {
    List<Map<String, Object>> results = response.hits().stream().map(QueryBatch::json).toList();
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
  }
}
