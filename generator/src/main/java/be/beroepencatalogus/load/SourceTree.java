package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SourceRef;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists a content folder without following symbolic links: the {@code .md} files in the three kind folders are
 * the sources. What an author may have meant as content but would not be read is reported instead of skipped in
 * silence: a symbolic link (it may lead out of the content folder), a source with another extension, Markdown
 * outside the kind folders, a folder that cannot be read. Hidden files and folders (names starting with '.', such
 * as editors' lock files {@code .#x.md} and {@code ._x.md}) are not looked at.
 */
final class SourceTree {
  static final String LINK_HINT = "only files inside the content folder are read: copy what it points to into the folder instead";
  private static final List<String> KIND_FOLDERS =
      List.of(ContentLayout.OCCUPATIONS_DIR, ContentLayout.COMPETENCIES_DIR, ContentLayout.KEY_SKILLS_DIR);

  /**
   * The sources in path order (symbolic links named {@code .md} among them: reading one reports it, so that
   * references to it are not reported again as missing), the folders inside kind folders whose files are not
   * known, and the problems met.
   */
  record Listing(List<Path> sources, List<Path> unlisted, List<Problem> problems) {}

  private final List<Path> sources = new ArrayList<>();
  private final List<Path> unlisted = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private SourceTree() {}

  static Listing list(Path contentDir) {
    SourceTree tree = new SourceTree();
    tree.walk(contentDir, null, true);
    return new Listing(List.copyOf(tree.sources), List.copyOf(tree.unlisted), List.copyOf(tree.problems));
  }

  /** {@code kind}: the kind folder {@code dir} is in, or null outside them. */
  private void walk(Path dir, String kind, boolean root) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.error(at(dir), "cannot read the folder: " + IoErrors.describe(e)));
      if (kind != null) {
        unlisted.add(dir);
      } else if (root) {
        KIND_FOLDERS.forEach(k -> unlisted.add(dir.resolve(k)));
      }
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (ContentLayout.isHidden(entry.getFileName())) {
        continue;
      }
      String entryKind = kind != null ? kind : root && KIND_FOLDERS.contains(name) ? name : null;
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        if (entryKind != null) {
          problems.add(Problem.error(at(entry), "cannot read it: " + IoErrors.describe(e)));
        }
        continue;
      }
      if (attributes.isSymbolicLink()) {
        // Outside the kind folders nothing is read, so a link there leads nowhere it could matter.
        if (entryKind != null && name.endsWith(".md")) {
          sources.add(entry);
        } else if (entryKind != null) {
          problems.add(Problem.error(at(entry), "a symbolic link, not read", LINK_HINT));
          unlisted.add(entry);
        }
      } else if (attributes.isDirectory()) {
        walk(entry, entryKind, false);
      } else if (entryKind != null && name.endsWith(".md")) {
        sources.add(entry);
      } else if (isMarkdown(name) && entryKind != null) {
        problems.add(Problem.error(at(entry), "file not read: source files end in '.md'",
            "rename it to " + name.substring(0, name.lastIndexOf('.')) + ".md"));
      } else if (isMarkdown(name)) {
        problems.add(Problem.warning(at(entry), "Markdown file not read",
            "only " + String.join("/, ", KIND_FOLDERS.subList(0, 2)) + "/ and " + KIND_FOLDERS.get(2) + "/ hold source files"));
      }
    }
  }

  private static boolean isMarkdown(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }

  private static SourceRef at(Path path) {
    return SourceRef.file(ContentLoader.display(path));
  }
}
