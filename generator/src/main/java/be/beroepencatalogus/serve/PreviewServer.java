package be.beroepencatalogus.serve;

import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.check.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code catalog serve}: the catalogue kept in memory and served on loopback with live reload, each page rendered
 * when asked for (the other files in a private folder); each change under the content folder reloads open pages,
 * and content errors show in the terminal and as an overlay in the browser while the last good site stays up. When
 * serve renders with the theme folder's own templates (compiled at runtime), an edited template shows at the next
 * reload; any other theme change (styles, scripts, UI strings are in the generator) needs a restart, which it says.
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
  private final Templates themeTemplates;
  private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "serve-heartbeat");
    t.setDaemon(true);
    return t;
  });

  /** Serves on {@code host}, a name or an address, which requests may name besides the loopback names. */
  public PreviewServer(SiteSession session, Path contentDir, Path themeDir, String host, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    this(session, contentDir, themeDir, null, host, port, out, err);
  }

  /**
   * As above; {@code themeTemplates}, when not null, are the theme folder's templates the session renders with
   * (they recompile what changed on disk), so that a template edit re-renders the preview instead of asking for a restart.
   */
  public PreviewServer(SiteSession session, Path contentDir, Path themeDir, Templates themeTemplates, String host, int port,
      PrintWriter out, PrintWriter err) throws IOException {
    this.session = session;
    this.themeTemplates = themeTemplates;
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.themeDir = themeDir == null ? null : themeDir.toAbsolutePath().normalize();
    this.out = out;
    this.err = err;
    this.server = StaticSiteServer.start(session.outDir(), host, port, request -> {});
    session.listen(new SiteSession.Listener() {
      @Override
      public void followed(int pdfs, Duration elapsed) {
        if (pdfs > 0) {
          out.printf("followed in the background: data files, search export and %d PDF plans, in %d ms%n", pdfs, elapsed.toMillis());
          out.flush();
        }
      }

      @Override
      public void failed(RuntimeException e) {
        err.println("error: background rendering failed: " + e.getMessage());
        err.flush();
      }
    });
    server.filterHtml(reload::inject);
    server.pages(session::page);
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

  /** Watches and updates the session until the thread is interrupted or the server closed. */
  public void run() {
    watcher.run(this::changed);
  }

  void changed(Set<Path> paths) {
    Set<Path> theme = themeDir == null ? Set.of() : paths.stream().filter(p -> p.startsWith(themeDir)).collect(Collectors.toSet());
    Path templates = themeDir == null ? null : themeDir.resolve("templates");
    if (!theme.isEmpty() && themeTemplates != null && theme.stream().allMatch(p -> p.startsWith(templates))) {
      session.useTemplates(themeTemplates);
      out.println("the theme's templates changed (" + themeDir.relativize(theme.iterator().next()) + "): pages re-rendered");
      out.flush();
      reload.reload();
      return;
    }
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
      report(session.update(content));
    } catch (RuntimeException e) {
      err.println("error: rebuilding failed: " + e.getMessage());
      err.flush();
      reload.problems("rebuilding failed: " + e.getMessage());
    }
  }

  /** Prints an update's outcome and tells open pages: reload, or show the problems. */
  public void report(SiteSession.Update update) {
    update.problems().forEach(p -> err.println(p.format()));
    if (update.ok() && update.files() == 0) {
      return; // only editor lock and backup files: nothing to show
    }
    if (update.ok()) {
      out.printf("read %d files in %d ms; pages render when asked for%n", update.files(), update.elapsed().toMillis());
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
