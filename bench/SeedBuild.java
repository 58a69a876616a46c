import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Builds a content folder N times in one JVM and prints the first (cold) and the warm build times. */
public class SeedBuild {
  public static void main(String[] args) throws Exception {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path out = Files.createTempDirectory("bench-site-");
    SiteBuilder builder = new SiteBuilder();
    long[] millis = new long[runs];
    BuildResult.Built result = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      BuildResult built = builder.build(new BuildOptions(content, out.resolve("site"), Optional.empty()));
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      if (!(built instanceof BuildResult.Built ok)) {
        throw new IllegalStateException("build failed: " + built.problems());
      }
      result = ok;
    }
    long[] warm = Arrays.copyOfRange(millis, Math.min(5, runs - 1), runs);
    Arrays.sort(warm);
    System.out.printf("pages: %d, files: %d%n", result.pages(), result.files());
    System.out.printf("in-process: first build %d ms, warm median %d ms (min %d, max %d, %d runs after 5 warm-ups)%n",
        millis[0], warm[warm.length / 2], warm[0], warm[warm.length - 1], warm.length);
  }
}
