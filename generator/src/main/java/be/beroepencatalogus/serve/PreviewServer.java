package be.beroepencatalogus.serve;

import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.check.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code catalog serve}: the site built into a private folder, served on loopback with live reload; each
 * change under the content folder updates the pages it affects, and content errors show in the terminal and
 * as an overlay in the browser while the last good site stays up. A change under the theme folder needs a
 * restart, since templates are compiled into the generator; the server says so.
 */
public final class PreviewServer implements AutoCloseable {
  private final SiteSession session;
  private final StaticSiteServer server;
  private final LiveReload reload = new LiveReload();
  private final FolderWatcher watcher;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path contentDir;
  private final Path themeDir;
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "serve-heartbeat");
    t.setDaemon(true);
    return t;
  });

  /** Serves on {@code host}, a name or an address, which requests may name besides the loopback names. */
  public PreviewServer(SiteSession session, Path contentDir, Path themeDir, String host, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    this.session = session;
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.themeDir = themeDir == null ? null : themeDir.toAbsolutePath().normalize();
    this.out = out;
    this.err = err;
    this.server = StaticSiteServer.start(session.outDir(), host, port, request -> {});
    server.filterHtml(reload::inject);
    server.beforeReading(session::freshen);
    server.route(LiveReload.SCRIPT_PATH, exchange -> {
      try (exchange) {
        reload.serveScript(exchange);
      }
    });
    server.route(LiveReload.EVENTS_PATH, reload::serveEvents);
    this.watcher = new FolderWatcher(40);
    watcher.watch(this.contentDir);
    if (this.themeDir != null && Files.isDirectory(this.themeDir)) {
      watcher.watch(this.themeDir);
    }
    heartbeat.scheduleAtFixedRate(reload::heartbeat, 15, 15, TimeUnit.SECONDS);
  }

  public String url() {
    return server.url();
  }

  public LiveReload reload() {
    return reload;
  }

  /** Watches and rebuilds until the thread is interrupted or the server closed. */
  public void run() {
    watcher.run(this::changed);
  }

  void changed(Set<Path> paths) {
    Set<Path> theme = themeDir == null ? Set.of() : paths.stream().filter(p -> p.startsWith(themeDir)).collect(Collectors.toSet());
    if (!theme.isEmpty()) {
      String message = "the theme changed (" + themeDir.relativize(theme.iterator().next())
          + "): stop serve with Ctrl-C and start it again to rebuild the generator with it";
      err.println(message);
      err.flush();
      reload.problems(message);
      return;
    }
    Set<Path> content = paths.stream().filter(p -> p.startsWith(contentDir)).collect(Collectors.toSet());
    if (content.isEmpty()) {
      return;
    }
    try {
      SiteSession.Update update = session.update(content, background -> {
        if (!background.ok()) {
          background.problems().forEach(p -> err.println(p.format()));
          err.flush();
        }
      });
      report(update);
    } catch (IOException | RuntimeException e) {
      err.println("error: rebuilding failed: " + e.getMessage());
      err.flush();
      reload.problems("rebuilding failed: " + e.getMessage());
    }
  }

  /** Prints an update's outcome and tells open pages: reload, or show the problems. */
  public void report(SiteSession.Update update) {
    update.problems().forEach(p -> err.println(p.format()));
    if (update.ok()) {
      out.printf("rebuilt %d pages in %d ms%s%n", update.pages(), update.elapsed().toMillis(),
          update.following() == 0 ? "" : "; other pages that show the change, following in the background: " + update.following());
      reload.reload();
    } else {
      String problems = update.problems().stream().filter(Problem::isError).map(Problem::format).collect(Collectors.joining("\n"));
      err.println("the site was not updated: fix the errors above and save again");
      reload.problems(problems);
    }
    out.flush();
    err.flush();
  }

  @Override
  public void close() throws IOException {
    heartbeat.shutdownNow();
    reload.close();
    server.close();
    watcher.close();
    session.close();
  }
}
