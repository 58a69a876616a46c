package be.beroepencatalogus.importer;

import be.beroepencatalogus.check.CatalogueChecker;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import java.util.ArrayList;
import java.util.List;

/** Loads and checks a content folder as {@code check} does: the catalogue and its problems, sorted by file and line. */
record ContentCheck(LoadResult loaded, List<Problem> problems) {

  static ContentCheck of(java.nio.file.Path contentDir) {
    LoadResult loaded = new ContentLoader().load(contentDir);
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(new CatalogueChecker().check(loaded.catalogue(), loaded.links(), loaded.unreadable()));
    problems.sort(Problem.BY_POSITION);
    return new ContentCheck(loaded, List.copyOf(problems));
  }

  List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
