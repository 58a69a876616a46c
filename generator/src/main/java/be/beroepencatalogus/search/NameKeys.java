package be.beroepencatalogus.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** The keys ({@link SearchQuery#nameKey}) of a document's names: its title and each alias, once each. */
final class NameKeys {
  private static final Analyzer SURFACE = SearchAnalyzers.surface();

  private NameKeys() {}

  static List<String> of(SearchDoc doc) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : doc.names()) {
      List<String> words = SearchIndex.analyze(SURFACE, name);
      if (!words.isEmpty()) {
        keys.add(SearchQuery.nameKey(words));
      }
    }
    return List.copyOf(keys);
  }
}
