package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
