import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.serve.PreviewServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Time from saving a competency file to the reload event a browser receives, through the real preview
 * server and file watcher (in one JVM, warm). Args: CONTENT_DIR COMPETENCY_ID... (each measured RUNS times).
 */
public class ServeBench {
  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]);
    // The most shared competency re-renders hundreds of PDFs in the background after each save; fewer saves keep
    // the benchmark within minutes. The first id gets 10 saves, the others 3.
    int typicalRuns = 10;
    Path work = Files.createTempDirectory("serve-bench-");
    SiteSession session = new SiteBuilder().session(content, work.resolve("site"), work.resolve("cache"), "/");
    long t0 = System.nanoTime();
    SiteSession.Update first = session.buildAll();
    System.out.printf("initial build: %d pages in %d ms (ok: %s)%n", first.pages(), (System.nanoTime() - t0) / 1_000_000, first.ok());
    StringWriter out = new StringWriter();
    PreviewServer server = new PreviewServer(session, content, null, "127.0.0.1", 0, new PrintWriter(out, true), new PrintWriter(out, true));
    Thread watching = new Thread(server::run);
    watching.setDaemon(true);
    watching.start();
    BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
    HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__serve/events")).build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().filter(l -> l.equals("event: reload")).forEach(l -> reloads.add(System.nanoTime())));
    while (server.reload().clients() == 0) {
      Thread.sleep(10);
    }
    for (int a = 1; a < args.length; a++) {
      int runs = a == 1 ? typicalRuns : 3;
      Path file = content.resolve("competenties").resolve(args[a] + ".md");
      String original = Files.readString(file);
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        session.awaitBackground();
        Thread.sleep(300);
        reloads.clear();
        long saved = System.nanoTime();
        Files.writeString(file, original + "\nExtra opleidingsactie " + i + " voor de benchmark.\n");
        Long reloaded = reloads.poll(30, TimeUnit.SECONDS);
        millis[i] = reloaded == null ? Double.NaN : (reloaded - saved) / 1e6;
      }
      Files.writeString(file, original);
      session.awaitBackground();
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      System.out.printf("competency %s: save -> reload event median %.0f ms (min %.0f, max %.0f, %d saves)%n",
          args[a], sorted[runs / 2], sorted[0], sorted[runs - 1], runs);
    }
    List<String> rebuilt = new ArrayList<>(out.toString().lines().filter(l -> l.startsWith("rebuilt")).toList());
    System.out.println("server log (last 3): " + rebuilt.subList(Math.max(0, rebuilt.size() - 3), rebuilt.size()));
    server.close();
    System.exit(0);
  }
}
