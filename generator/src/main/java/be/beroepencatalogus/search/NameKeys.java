package be.beroepencatalogus.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The keys ({@link SearchQuery#nameKey}) of a document's names: its title and each alias, once each. One instance per
 * index or export, shared by its threads (an analyzer keeps its token streams per thread).
 */
final class NameKeys {
  private final Analyzer surface = SearchAnalyzers.surface();

  List<String> of(SearchDoc doc) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : doc.names()) {
      List<String> words = SearchIndex.analyze(surface, name);
      if (!words.isEmpty()) {
        keys.add(SearchQuery.nameKey(words));
      }
    }
    return List.copyOf(keys);
  }
}
