package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.esco.EscoCsv;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.io.RealPaths;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ESCO list {@code esco_list} names in {@code site.yaml}: a CSV file inside the content folder, read only when its
 * real path (symbolic links followed) is a regular file inside the content folder's real path, and not hidden (serve
 * would not see it change). Nothing outside the content folder is ever read: a path that leads out is an error at the
 * setting, and so is every other reason not to read it; a malformed CSV is an error at its own line.
 */
final class EscoListFile {
  /** ESCO's full list of occupations in one language is under 3 MB; a much bigger file is not the list. */
  static final long MAX_BYTES = 50_000_000;
  private static final String PATH_HINT = "write the path of ESCO's occupations CSV relative to the content folder, such as 'esco_list: esco/occupations_nl.csv'";

  private EscoListFile() {}

  static Optional<EscoList> read(Path contentDir, SiteSettings settings, List<Problem> problems) {
    String setting = settings.escoList();
    if (setting.isEmpty()) {
      return Optional.empty();
    }
    SourceRef at = settings.escoListSource();
    Path relative;
    try {
      relative = Path.of(setting).normalize();
    } catch (InvalidPathException e) {
      problems.add(Problem.error(at, "invalid esco_list '" + setting + "'", PATH_HINT));
      return Optional.empty();
    }
    if (relative.isAbsolute() || relative.toString().isEmpty() || relative.startsWith("..")) {
      problems.add(Problem.error(at, "esco_list '" + setting + "' is not inside the content folder", PATH_HINT));
      return Optional.empty();
    }
    if (ContentLayout.isHidden(relative)) {
      problems.add(Problem.error(at, "esco_list '" + setting + "' is a hidden path, not read", "hidden files and folders (a name starting with '.') are never content: move the list"));
      return Optional.empty();
    }
    Path file = contentDir.resolve(relative);
    String shown = ContentLoader.display(file);
    try {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(Problem.error(at, "the ESCO list " + shown + " does not exist", "put ESCO's occupations CSV there, or correct the path"));
        return Optional.empty();
      }
      Path real = RealPaths.of(file);
      if (!real.startsWith(RealPaths.of(contentDir))) {
        problems.add(Problem.error(at, "the ESCO list " + shown + " is a symbolic link out of the content folder, not read", SourceTree.LINK_HINT));
        return Optional.empty();
      }
      // The real path is read without following links: one swapped in meanwhile makes the read fail, not escape.
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        problems.add(Problem.error(at, "the ESCO list " + shown + " is not a regular file", PATH_HINT));
        return Optional.empty();
      }
      byte[] bytes = readAtMost(real);
      if (bytes.length > MAX_BYTES) {
        problems.add(Problem.error(at, String.format(Locale.ROOT, "the ESCO list %s is over %d MB, not read", shown, MAX_BYTES / 1_000_000),
            "check that it is ESCO's occupations CSV"));
        return Optional.empty();
      }
      return Optional.of(EscoCsv.parse(shown, SourceFile.decode(shown, bytes).text()));
    } catch (SourceFile.InvalidUtf8Exception e) {
      problems.add(Problem.error(e.at, "the ESCO list is not valid UTF-8", "download ESCO's CSV again, in UTF-8"));
    } catch (EscoCsv.MalformedException e) {
      problems.add(Problem.error(new SourceRef(shown, e.line(), 1), "invalid ESCO list: " + e.getMessage(), null));
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(at, "cannot read the ESCO list " + shown + ": " + IoErrors.describe(e)));
    }
    return Optional.empty();
  }

  private static byte[] readAtMost(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes((int) MAX_BYTES + 1);
    }
  }
}
