package be.beroepencatalogus.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The ESCO demo catalogue for tests: ESCO's 3,007 Dutch occupations (the CSV, gzipped, in test resources, see its
 * NOTICE.md) written as content by {@code bench/esco-catalog} (python3, which CI has), and the relevance suite that
 * {@code bench/esco-search-suite} derived from the same CSV.
 */
public final class EscoDemo {
  private EscoDemo() {}

  /** Writes the catalogue into {@code dir/content} and returns that folder. */
  public static Path catalogue(Path dir) throws IOException, InterruptedException {
    Path csv = dir.resolve("occupations_nl.csv");
    try (InputStream in = new GZIPInputStream(EscoDemo.class.getClassLoader().getResourceAsStream("esco-demo/occupations_nl.csv.gz"))) {
      Files.copy(in, csv);
    }
    Path content = dir.resolve("content");
    Path script = Path.of("..", "bench", "esco-catalog").toAbsolutePath().normalize();
    Process p = new ProcessBuilder("python3", script.toString(), csv.toString(), content.toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("bench/esco-catalog failed: " + output);
    }
    return content;
  }

  /** The ESCO relevance suite: per query the occupation page that must come first. */
  public static List<RelevanceSuite.Case> suite() {
    return RelevanceSuite.cases("search/esco-relevance.tsv");
  }

  /** Per kind and in all: queries, top-1 and top-3 counts, from each query's rank (0: not found). */
  public static String report(List<RelevanceSuite.Case> cases, List<Integer> ranks) {
    java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
    for (int i = 0; i < cases.size(); i++) {
      for (String kind : List.of("all", cases.get(i).kind())) {
        int[] c = byKind.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        c[1] += ranks.get(i) == 1 ? 1 : 0;
        c[2] += ranks.get(i) >= 1 && ranks.get(i) <= 3 ? 1 : 0;
      }
    }
    StringBuilder s = new StringBuilder();
    byKind.forEach((kind, c) -> s.append(String.format("%-12s %3d queries, top-1 %3d, top-3 %3d%n", kind, c[0], c[1], c[2])));
    return s.toString();
  }
}
