package be.beroepencatalogus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13, data loss: a build replaces only a folder it made itself, one build at a time, and cleans up after a killed one. */
class OutputSafetyTest {
  @TempDir Path dir;

  private BuildResult build(Path content, Path out) throws IOException {
    return new SiteBuilder().build(new BuildOptions(content, out, Optional.empty(), dir.resolve(".cache"), PdfMode.NONE));
  }

  private Path content() {
    return FixtureSite.minimal(dir.resolve("project/content")).dir();
  }

  @Test
  void aFolderWithAnIndexHtmlButNoMarkerIsNotReplaced() throws IOException {
    Path content = content();
    Path project = content.getParent();
    Files.createDirectories(project.resolve(".git"));
    Files.writeString(project.resolve("index.html"), "<p>x</p>");

    OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content, project));

    assertTrue(refused.getMessage().contains("it is the git work tree of the content"), refused.getMessage());
    assertTrue(Files.isDirectory(project.resolve(".git")));
    assertTrue(Files.isRegularFile(content.resolve("site.yaml")));
  }

  @Test
  void aFolderThatOnlyLooksLikeASiteIsNotReplaced() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("documenten"));
    Files.writeString(elsewhere.resolve("index.html"), "<p>mijn startpagina</p>");
    Files.writeString(elsewhere.resolve("brief.txt"), "niet wissen");

    OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content(), elsewhere));

    assertTrue(refused.getMessage().contains("not made by 'catalog build'"), refused.getMessage());
    assertEquals("niet wissen", Files.readString(elsewhere.resolve("brief.txt")));
  }

  @Test
  void theParentOfTheContentFolderIsNotReplacedOutsideGitToo() throws IOException {
    Path content = content();
    Files.writeString(content.getParent().resolve("index.html"), "<p>x</p>");
    OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content, content.getParent()));
    assertTrue(refused.getMessage().contains("it holds the content folder"), refused.getMessage());
  }

  @Test
  void theContentFolderItselfIsNotReplaced() throws IOException {
    Path content = content();
    OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content, content));
    assertTrue(refused.getMessage().contains("it is the content folder"), refused.getMessage());
  }

  @Test
  void aGitWorkTreeIsNotReplacedEvenWithAMarker() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("andere-repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);

    OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content(), repo));

    assertTrue(refused.getMessage().contains("git work tree"), refused.getMessage());
    assertTrue(Files.isDirectory(repo.resolve(".git")));
  }

  @Test
  void theWorkingDirectoryAndTheHomeFolderAndWhatHoldsThemAreProtected() throws IOException {
    Path content = content();
    Path work = Files.createDirectories(dir.resolve("home/ik/werk"));
    OutputGuard guard = new OutputGuard(content, work, dir.resolve("home/ik"));

    assertTrue(assertThrows(OutputRefusedException.class, () -> guard.check(work)).getMessage().contains("the working directory"));
    assertTrue(assertThrows(OutputRefusedException.class, () -> guard.check(dir.resolve("home/ik"))).getMessage().contains("your home folder"));
    assertTrue(assertThrows(OutputRefusedException.class, () -> guard.check(dir.resolve("home"))).getMessage().contains(": it holds "));
    guard.check(work.resolve("site"));
  }

  @Test
  void aSymlinkCannotDisguiseTheContentFolder() throws IOException {
    Path content = content();
    Path link = Files.createSymbolicLink(dir.resolve("link"), content.getParent());
    assertThrows(OutputRefusedException.class, () -> build(content, link));
    assertTrue(Files.isRegularFile(content.resolve("site.yaml")));
  }

  @Test
  void aSiteTheBuildMadeIsReplacedAndCarriesTheMarker() throws IOException {
    Path content = content();
    Path out = dir.resolve("site");
    assertTrue(build(content, out).succeeded());
    assertTrue(build(content, out).succeeded());
    assertTrue(Files.isRegularFile(out.resolve(OutputGuard.MARKER)));
  }

  @Test
  void theSiteIsReadableByAll() throws IOException {
    Path out = dir.resolve("site");
    build(content(), out);
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  @Test
  void leftoversOfAKilledBuildAreRemovedByTheNextOneButForeignFoldersStay() throws IOException {
    Path content = content();
    Path out = dir.resolve("site");
    Path killed = Files.createDirectories(dir.resolve(".site.new-123456"));
    Files.writeString(killed.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
    Files.createDirectories(killed.resolve("beroepen/kok"));
    Path killedEarly = Files.createDirectories(dir.resolve(".site.new-777"));
    Path old = Files.createDirectories(dir.resolve(".site.old"));
    Files.writeString(old.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
    Path foreign = Files.createDirectories(dir.resolve(".site.new-mine"));
    Files.writeString(foreign.resolve("notities.txt"), "van mij");

    assertTrue(build(content, out).succeeded());

    assertFalse(Files.exists(killed));
    assertFalse(Files.exists(killedEarly));
    assertFalse(Files.exists(old));
    assertEquals("van mij", Files.readString(foreign.resolve("notities.txt")));
  }

  @Test
  void aSecondBuildWhileOneHoldsTheOutputRefusesClearlyAndChangesNothing() throws IOException {
    Path content = content();
    Path out = dir.resolve("site");
    build(content, out);
    try (OutputLock held = OutputLock.take(out.toAbsolutePath())) {
      OutputRefusedException refused = assertThrows(OutputRefusedException.class, () -> build(content, out));
      assertTrue(refused.getMessage().startsWith("another build is writing "), refused.getMessage());
    }
    assertTrue(build(content, out).succeeded());
  }

  @Test
  void concurrentBuildsEachSucceedOrRefuseWithTheLockMessage() throws Exception {
    Path content = content();
    Path out = dir.resolve("site");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit((Callable<String>) () -> {
          try {
            return build(content, out).succeeded() ? "built" : "failed";
          } catch (OutputRefusedException e) {
            return e.getMessage().startsWith("another build is writing ") ? "refused" : e.getMessage();
          }
        }));
      }
      for (Future<String> run : runs) {
        String outcome = run.get();
        assertTrue(outcome.equals("built") || outcome.equals("refused"), outcome);
      }
    } finally {
      pool.shutdown();
    }
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(".site.lock", "project", "site"),
          siblings.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
