package be.beroepencatalogus.importer;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.importer.ImportPlanner.ConflictChoice;
import be.beroepencatalogus.importer.read.PlanDocument;
import be.beroepencatalogus.importer.read.PlanReaders;
import be.beroepencatalogus.importer.read.UnreadablePlanException;
import be.beroepencatalogus.model.SourceRef;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The import stage: plan files in, content files out. Reads and understands every plan, matches them against the
 * catalogue, checks the catalogue as it would be, and only then, and only when every plan was understood and the
 * result passes {@code check}, writes all new files at once. A dry run stops before writing.
 */
public final class PlanImporter {

  /** A plan file that could not be read or understood, with each reason and where in the file. */
  public record Failure(String file, List<String> problems) {
    public Failure {
      problems = List.copyOf(problems);
    }
  }

  /** How long reading and understanding one plan took. */
  public record Timing(String file, Duration elapsed) {}

  /**
   * The outcome: the changes (empty when nothing could be planned), plans that failed, problems {@code check}
   * found in the catalogue before or after, and whether the files were written.
   */
  public record Result(ImportChanges changes, List<Failure> failures, List<Problem> problems, boolean written, List<Timing> timings) {
    public Result {
      failures = List.copyOf(failures);
      problems = List.copyOf(problems);
      timings = List.copyOf(timings);
    }

    public boolean succeeded() {
      return failures.isEmpty() && problems.stream().noneMatch(Problem::isError);
    }
  }

  public Result run(List<Path> inputs, Path contentDir, ConflictChoice choice, boolean dryRun) throws IOException {
    List<Failure> failures = new ArrayList<>();
    List<Path> files = planFiles(inputs, failures);
    List<ImportedPlan> plans = new ArrayList<>();
    List<Timing> timings = new ArrayList<>();
    for (Path file : files) {
      long start = System.nanoTime();
      try {
        PlanDocument document = PlanReaders.read(file);
        plans.add(PlanParser.parse(document, !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")));
      } catch (UnreadablePlanException e) {
        failures.add(new Failure(file.toString(), List.of(e.getMessage())));
      } catch (PlanNotUnderstoodException e) {
        failures.add(new Failure(file.toString(), e.problems()));
      }
      timings.add(new Timing(file.toString(), Duration.ofNanos(System.nanoTime() - start)));
    }
    ImportChanges empty = new ImportChanges(List.of(), List.of());
    if (files.isEmpty() && failures.isEmpty()) {
      failures.add(new Failure(String.join(", ", inputs.stream().map(Path::toString).toList()), List.of("no plans found (.docx, .doc, .pdf or .txt)")));
    }
    if (!failures.isEmpty()) {
      return new Result(empty, failures, List.of(), false, timings);
    }
    CheckResult before = check(contentDir);
    if (before.hasErrors()) {
      return new Result(empty, List.of(), before.problems().stream().filter(Problem::isError).toList(), false, timings);
    }
    ImportChanges changes = new ImportPlanner(before.catalogue(), choice).plan(plans);
    List<Problem> after = checkWith(contentDir, before, changes);
    if (after.stream().anyMatch(Problem::isError) || dryRun || changes.files().isEmpty()) {
      return new Result(changes, List.of(), after, false, timings);
    }
    ImportWriter.write(contentDir, changes.files());
    return new Result(changes, List.of(), after, true, timings);
  }

  /** What {@code check} says of a content folder, as the command does. */
  private static CheckResult check(Path contentDir) {
    return SiteBuilder.check(new ContentLoader().load(contentDir));
  }

  /** What {@code check} would say of the catalogue with the import's files in it; only problems it has not now. */
  private static List<Problem> checkWith(Path contentDir, CheckResult now, ImportChanges changes) throws IOException {
    Path temp = Files.createTempDirectory("catalog-import-");
    try {
      Path preview = ImportWriter.preview(contentDir, changes.files(), temp.resolve("content"));
      List<String> before = now.problems().stream().map(Problem::message).toList();
      String previewPrefix = preview.toAbsolutePath().normalize().toString();
      List<Problem> problems = new ArrayList<>();
      for (Problem p : check(preview).problems()) {
        if (!before.contains(p.message())) {
          problems.add(p);
        }
      }
      return problems.stream().map(p -> relocate(p, previewPrefix, contentDir.toString())).toList();
    } finally {
      FileTrees.deleteQuietly(temp);
    }
  }

  private static Problem relocate(Problem p, String from, String to) {
    String file = p.source().path();
    return file.startsWith(from)
        ? new Problem(p.severity(), new SourceRef(to + file.substring(from.length()), p.source().line(), p.source().column()), p.message(), p.hint())
        : p;
  }

  /** The plan files named, a folder by every plan file in it and its subfolders, in name order. */
  private static List<Path> planFiles(List<Path> inputs, List<Failure> failures) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(input) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && PlanReaders.isPlanFile(file)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
        found.sort(Comparator.comparing(Path::toString));
        files.addAll(found);
      } else if (Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
        files.add(input);
      } else {
        failures.add(new Failure(input.toString(), List.of(Files.exists(input) ? "not a regular file or folder" : "no such file or folder")));
      }
    }
    return files;
  }
}
