package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * How {@code ./catalog} starts the JVM: with C1 only, the user's CATALOG_JAVA_OPTS after that (so they override
 * it), and the command line passed on as it is. A stand-in {@code java} on the PATH prints the arguments it is given.
 */
class WrapperScriptTest {
  private static final Path WRAPPER = Path.of(System.getProperty("user.dir")).resolve("../catalog").normalize();

  @TempDir Path dir;

  @BeforeEach
  void standInJava() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("catalog.jar"), "");
  }

  @Test
  void everyCommandRunsTheJarWithC1OnlyAndItsArgumentsAsGiven() throws Exception {
    String jar = dir.resolve("catalog.jar").toString();
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-jar", jar, "build", "--content", "a b", "--no-pdf"),
        javaArgs(null, "build", "--content", "a b", "--no-pdf"));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-jar", jar, "serve"), javaArgs(null, "serve"));
  }

  @Test
  void catalogJavaOptsComeLastSoTheyOverride() throws Exception {
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx1g", "-jar", dir.resolve("catalog.jar").toString(), "check"),
        javaArgs("-XX:TieredStopAtLevel=4 -Xmx1g", "check"));
  }

  /** The arguments java is given, one per line (the stand-in prints them so). */
  private List<String> javaArgs(String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", WRAPPER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    process.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    process.environment().put("CATALOG_JAR", dir.resolve("catalog.jar").toString());
    process.environment().remove("CATALOG_JAVA_OPTS");
    if (javaOpts != null) {
      process.environment().put("CATALOG_JAVA_OPTS", javaOpts);
    }
    Process p = process.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return List.of(out.strip().split("\n"));
  }
}
