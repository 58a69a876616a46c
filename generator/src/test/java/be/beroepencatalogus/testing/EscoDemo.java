package be.beroepencatalogus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The ESCO demo catalogue (3,007 occupations), written by {@code bench/esco-catalog} from ESCO's Dutch occupations,
 * frozen gzipped under {@code src/test/resources/esco-demo} with their NOTICE, and with that list as its ESCO list
 * ({@code esco_list}): the browse pages and search are tested at the size of a real classification. Needs python3,
 * which {@code .ci/run} installs.
 */
public final class EscoDemo {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
  private static final Path CSV_GZ = Path.of(System.getProperty("user.dir")).resolve("src/test/resources/esco-demo/occupations_nl.csv.gz");

  private EscoDemo() {}

  /** Writes the catalogue into {@code dir} (which must not exist yet) and returns its content folder. */
  public static Path writeTo(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path csv = dir.resolve("occupations_nl.csv");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(CSV_GZ)); OutputStream out = Files.newOutputStream(csv)) {
      in.transferTo(out);
    }
    Path content = dir.resolve("content");
    Process python = new ProcessBuilder("python3", ROOT.resolve("bench/esco-catalog").toString(), "--with-list", csv.toString(), content.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("esco-catalog.log").toFile())
        .start();
    if (!python.waitFor(5, TimeUnit.MINUTES)) {
      python.destroyForcibly();
    }
    assertEquals(0, python.exitValue(), () -> "bench/esco-catalog failed: " + read(dir.resolve("esco-catalog.log")));
    return content;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
