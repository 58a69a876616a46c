package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JIT options {@code ./catalog} starts the JVM with: C1 only, except for serve and for builds that render
 * hundreds of PDFs. A stand-in {@code java} on the PATH prints the arguments it is given.
 */
class WrapperScriptTest {
  private static final Path WRAPPER = Path.of(System.getProperty("user.dir")).resolve("../catalog").normalize();
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  @TempDir Path dir;

  @BeforeEach
  void standInJava() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("catalog.jar"), "");
  }

  @Test
  void commandsRunWithC1OnlyButServe() throws Exception {
    assertTrue(javaArgs("check").contains(C1_ONLY));
    assertTrue(javaArgs("--version").contains(C1_ONLY));
    assertFalse(javaArgs("serve").contains(C1_ONLY));
  }

  @Test
  void aBuildWithAFewPdfsToRenderRunsWithC1Only() throws Exception {
    occupations("content", 3);
    assertTrue(javaArgs("build").contains(C1_ONLY));
  }

  @Test
  void aBuildWithHundredsOfPdfsToRenderKeepsC2() throws Exception {
    occupations("groot", 500);
    assertFalse(javaArgs("build", "--content", "groot").contains(C1_ONLY));
    assertFalse(javaArgs("build", "--content=groot", "--cache", "leeg").contains(C1_ONLY));
    assertTrue(javaArgs("build", "--content", "groot", "--no-pdf").contains(C1_ONLY), "no PDFs: C1");
  }

  @Test
  void aBuildWhosePdfsAreCachedRunsWithC1Only() throws Exception {
    occupations("groot", 600);
    Path plans = Files.createDirectories(dir.resolve("cache/plans"));
    for (int i = 0; i < 10; i++) {
      Files.writeString(plans.resolve("p" + i + ".pdf"), "");
    }
    assertFalse(javaArgs("build", "--content", "groot", "--cache", "cache").contains(C1_ONLY), "590 to render");
    for (int i = 10; i < 600; i++) {
      Files.writeString(plans.resolve("p" + i + ".pdf"), "");
    }
    assertTrue(javaArgs("build", "--content", "groot", "--cache", "cache").contains(C1_ONLY));
  }

  private void occupations(String content, int count) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(content).resolve("beroepen"));
    for (int i = 0; i < count; i++) {
      Files.writeString(folder.resolve("beroep-" + i + ".md"), "");
    }
  }

  private List<String> javaArgs(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", WRAPPER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    process.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    process.environment().put("CATALOG_JAR", dir.resolve("catalog.jar").toString());
    process.environment().put("CATALOG_CDS", "0");
    process.environment().remove("CATALOG_JAVA_OPTS");
    Process p = process.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    String[] lines = out.strip().split("\n");
    List<String> javaArgs = List.of(lines[lines.length - 1].split(" "));
    assertTrue(javaArgs.contains("-jar"), out);
    return javaArgs;
  }
}
