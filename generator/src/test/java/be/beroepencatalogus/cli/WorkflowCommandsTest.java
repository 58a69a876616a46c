package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The GitHub workflow cannot run here, so this pins what it asks of the command line: every {@code ./catalog} line
 * in it names a command and options that exist. The commands' behaviour is tested in their own tests.
 */
class WorkflowCommandsTest {
  private static final Path WORKFLOW = Path.of("..", ".github", "workflows", "catalogue.yml");

  @Test
  void everyCatalogCommandInTheWorkflowParses() throws Exception {
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
    List<String> commands = new ArrayList<>();
    workflow.get("jobs").forEach(job -> job.get("steps").forEach(step -> {
      if (step.has("run")) {
        step.get("run").asText().lines().map(String::strip).filter(l -> l.startsWith("./catalog ")).forEach(commands::add);
      }
    }));

    assertEquals(List.of(
        "./catalog check --format github",
        "./catalog build",
        "./catalog diff \"origin/$BASE_REF\" --format markdown > catalogue-diff.md",
        "./catalog publish --remote origin"), commands);
    for (String command : commands) {
      String[] args = Arrays.stream(command.replaceFirst("\\s*>.*$", "").replace("$BASE_REF", "main").replace("\"", "").split("\\s+"))
          .skip(1).toArray(String[]::new);
      assertDoesNotThrow(() -> new CommandLine(new Main()).parseArgs(args), command);
    }
  }

  @Test
  void everyActionIsPinnedToACommitWithItsTagInAComment() throws Exception {
    List<String> uses = Files.readAllLines(WORKFLOW).stream().map(String::strip)
        .filter(l -> l.startsWith("uses:") || l.startsWith("- uses:")).toList();
    assertEquals(8, uses.size(), uses.toString());
    for (String line : uses) {
      assertTrue(line.matches("(- )?uses: [\\w-]+/[\\w-]+@[0-9a-f]{40} # v\\d+(\\.\\d+)*.*"), line);
    }
  }

  @Test
  void aCacheTrackedByGitStopsTheWorkflowBeforeItIsRestoredAndStopsCi() throws Exception {
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
    List<String> guards = new ArrayList<>();
    workflow.get("jobs").forEach(job -> {
      int guard = -1;
      int cache = -1;
      for (int i = 0; i < job.get("steps").size(); i++) {
        JsonNode step = job.get("steps").get(i);
        if (step.path("run").asText().contains("git ls-files -- .cache")) {
          guard = i;
          guards.add(step.get("run").asText());
        }
        if (step.path("uses").asText().startsWith("actions/cache@")) {
          cache = i;
        }
      }
      assertTrue(guard >= 0 && guard < cache, "the guard runs before the cache is restored");
    });
    String ci = Files.readString(Path.of("..", ".ci", "run"));
    guards.add(ci.substring(ci.indexOf("if [ -n \"$(git ls-files -- .cache)"), ci.indexOf("fi\n", ci.indexOf("git ls-files -- .cache")) + 3));

    Path repo = Files.createTempDirectory("tracked-cache");
    try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
      Files.writeString(repo.resolve("README.md"), "x");
      git.add().addFilepattern("README.md").call();
      for (String guard : guards) {
        assertEquals(0, bash(repo, guard), guard);
      }
      Files.createDirectories(repo.resolve(".cache/plans"));
      Files.writeString(repo.resolve(".cache/plans/abc.pdf"), "%PDF-1.4 vervalst");
      git.add().addFilepattern(".cache/plans/abc.pdf").call();
      for (String guard : guards) {
        assertEquals(1, bash(repo, guard), guard);
      }
    }
  }

  private static int bash(Path dir, String script) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }
}
