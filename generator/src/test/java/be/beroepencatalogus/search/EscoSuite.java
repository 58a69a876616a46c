package be.beroepencatalogus.search;

import java.util.List;

/**
 * The relevance suite that {@code bench/esco-search-suite} derived from ESCO's 3,007 Dutch occupations, for the ESCO
 * demo catalogue ({@link be.beroepencatalogus.testing.EscoDemo}), and its report per kind of query.
 */
public final class EscoSuite {
  private EscoSuite() {}

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
