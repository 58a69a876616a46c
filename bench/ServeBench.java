import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from saving a competency file to the reload event a browser receives, measured from outside through
 * {@code ./catalog serve} (run from the repository root, with CATALOG_JAR set to the jar on this program's class
 * path) and an empty PDF cache, from the first save after the server says it serves: the PDFs, the search export
 * and the data files are then following in the background. Also the time from saving to the competency's page
 * fetched with the new text (serve renders it when asked for). With SERVE_BENCH_SETTLE=1 the first competency is
 * saved again once the background has made every PDF. Args: CONTENT_DIR COMPETENCY_ID... (the first saved 10
 * times, the others 3, a second apart).
 */
public class ServeBench {
  private static final Pattern READ = Pattern.compile("^read \\d+ files in (\\d+) ms");
  private static final Pattern SERVING = Pattern.compile("^serving .* on (http://\\S+/) \\(Ctrl-C to stop\\)$");

  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]).toAbsolutePath();
    String jar = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(p -> p.endsWith(".jar")).findFirst().orElseThrow(() -> new IllegalStateException("no jar on the class path"));
    Path work = Files.createTempDirectory("serve-bench-");
    ProcessBuilder command = new ProcessBuilder("./catalog", "serve", "--port", "0", "--content", content.toString(),
        "--cache", work.resolve("cache").toString(), "--theme", work.resolve("no-theme").toString());
    command.environment().put("CATALOG_JAR", Path.of(jar).toAbsolutePath().toString());
    command.redirectError(ProcessBuilder.Redirect.INHERIT);
    long launched = System.nanoTime();
    Process serve = command.start();
    Runtime.getRuntime().addShutdownHook(new Thread(serve::destroy));
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    // The server's own time for each update (reading and checking), from its terminal lines.
    BlockingQueue<Long> updates = new LinkedBlockingQueue<>();
    CompletableFuture<Long> followed = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("followed in the background")) {
            followed.complete(System.nanoTime());
          }
          Matcher read = READ.matcher(line);
          if (read.find()) {
            updates.add(Long.parseLong(read.group(1)));
          }
          lines.add(line);
        }
      } catch (Exception ignored) {
        // the server stopped
      }
    });
    reader.setDaemon(true);
    reader.start();
    String url = null;
    while (url == null) {
      String line = lines.poll(120, TimeUnit.SECONDS);
      if (line == null) {
        throw new IllegalStateException("serve did not start within 120 s");
      }
      Matcher m = SERVING.matcher(line);
      url = m.matches() ? m.group(1) : null;
    }
    long serving = System.nanoTime();
    System.out.printf("./catalog serve started: serving after %d ms%n", (serving - launched) / 1_000_000);
    HttpClient http = HttpClient.newHttpClient();
    BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
    CompletableFuture<Void> connected = new CompletableFuture<>();
    http.sendAsync(HttpRequest.newBuilder(URI.create(url + "__serve/events")).build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().forEach(l -> {
          if (l.startsWith(": verbonden")) {
            connected.complete(null);
          } else if (l.equals("event: reload")) {
            reloads.add(System.nanoTime());
          }
        }));
    connected.get(30, TimeUnit.SECONDS);
    List<String> ids = Arrays.asList(args).subList(1, args.length);
    for (int a = 0; a < ids.size(); a++) {
      measure(http, url, content, ids.get(a), a == 0 ? 10 : 3, reloads, updates, serving, followed, "");
    }
    if ("1".equals(System.getenv("SERVE_BENCH_SETTLE"))) {
      long done = followed.get(20, TimeUnit.MINUTES);
      System.out.printf("background: every PDF made %d s after start%n", (done - serving) / 1_000_000_000);
      Thread.sleep(5000);
      measure(http, url, content, ids.get(0), 10, reloads, updates, serving, followed, " (background done)");
    }
    serve.destroy();
    serve.waitFor(30, TimeUnit.SECONDS);
    System.exit(0);
  }

  private static void measure(HttpClient http, String url, Path content, String id, int runs, BlockingQueue<Long> reloads,
      BlockingQueue<Long> updates, long serving, CompletableFuture<Long> followed, String label) throws Exception {
    Path file = content.resolve("competenties").resolve(id + ".md");
    String original = Files.readString(file);
    double[] reload = new double[runs];
    double[] page = new double[runs];
    double[] inServer = new double[runs];
    int duringBackground = 0;
    for (int i = 0; i < runs; i++) {
      reloads.clear();
      updates.clear();
      String marker = "Extra opleidingsactie " + System.nanoTime() + " voor de benchmark.";
      long saved = System.nanoTime();
      if (!followed.isDone()) {
        duringBackground++;
      }
      Files.writeString(file, original + "\n" + marker + "\n");
      Long reloaded = reloads.poll(30, TimeUnit.SECONDS);
      reload[i] = reloaded == null ? Double.NaN : (reloaded - saved) / 1e6;
      String body = http.send(HttpRequest.newBuilder(URI.create(url + "competenties/" + id + "/")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      page[i] = body.contains(marker) ? (System.nanoTime() - saved) / 1e6 : Double.NaN;
      Long took = updates.poll(5, TimeUnit.SECONDS);
      inServer[i] = took == null ? Double.NaN : took;
      if (i == 0 && label.isEmpty()) {
        System.out.printf("competency %s: first save at %.1f s after start -> reload event %.0f ms, page %.0f ms%n",
            id, (saved - serving) / 1e9, reload[0], page[0]);
      }
      Thread.sleep(1000);
    }
    Files.writeString(file, original);
    Thread.sleep(1000);
    System.out.printf("competency %s%s: save -> reload event median %.0f ms (min %.0f, max %.0f, %d saves, %d while the start's"
        + " PDFs were following); save -> page with the change median %.0f ms%n",
        id, label, median(reload), min(reload), max(reload), runs, duringBackground, median(page));
    System.out.println("  each save -> reload event, ms: " + Arrays.toString(Arrays.stream(reload).mapToLong(Math::round).toArray())
        + "; of which reading and checking in the server: " + Arrays.toString(Arrays.stream(inServer).mapToLong(Math::round).toArray()));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }
}
