package be.beroepencatalogus.cli;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.load.ContentLayout;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.model.SiteSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ESCO list of a content folder for the commands that need one; what is wrong is printed, one line per problem. */
final class EscoLists {
  private EscoLists() {}

  static Optional<EscoList> read(Path contentDir, PrintWriter err) {
    ContentLoader loader = new ContentLoader();
    List<Problem> problems = new ArrayList<>();
    SiteSettings settings = loader.settings(contentDir, problems);
    if (settings.escoList().isEmpty()) {
      err.println("error: the catalogue has no ESCO list: add 'esco_list: <path of ESCO's occupations CSV, relative to the content folder>' to "
          + contentDir.resolve(ContentLayout.SETTINGS_FILE));
      return Optional.empty();
    }
    Optional<EscoList> list = loader.escoList(contentDir, settings, problems);
    if (list.isEmpty()) {
      problems.stream().filter(Problem::isError).sorted(Problem.BY_POSITION).forEach(p -> err.println(p.format()));
    }
    return list;
  }
}
