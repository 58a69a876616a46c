package be.beroepencatalogus.serve;

import be.beroepencatalogus.io.FileTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15 item 2: serve renders with the theme folder's templates, so an edited template shows at the next reload, without a restart. */
class ThemeReloadTest {
  private static final Path THEME = Path.of(System.getProperty("user.dir")).resolve("../theme").normalize();

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void anEditedTemplateShowsAtTheNextReload() throws Exception {
    Path theme = dir.resolve("theme");
    FileTrees.copy(THEME.resolve("templates"), theme.resolve("templates"));
    Templates templates = Templates.fromThemeFolder(theme);
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"));
    SiteSession session = new SiteBuilder(templates).session(site.dir(), dir.resolve("serve/site"), dir.resolve("cache"), "/");
    assertTrue(session.start().ok());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    try (PreviewServer server = new PreviewServer(session, site.dir(), theme, templates, "127.0.0.1", 0, new PrintWriter(out, true), new PrintWriter(err, true))) {
      Thread watching = new Thread(server::run);
      watching.start();
      http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__serve/events")).build(), HttpResponse.BodyHandlers.ofLines())
          .thenAccept(response -> response.body().filter(line -> line.startsWith("event: ")).forEach(events::add));
      long deadline = System.currentTimeMillis() + 5000;
      while (server.reload().clients() == 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertFalse(get(server.url() + "beroepen/kok/").contains("Bewerkt sjabloon"));

      Path occupation = theme.resolve("templates/occupation.jte");
      Files.writeString(occupation, Files.readString(occupation).replaceFirst("</article>", "<p>Bewerkt sjabloon</p></article>"));

      assertEquals("event: reload", events.poll(30, TimeUnit.SECONDS), "terminal: " + out + err);
      assertTrue(get(server.url() + "beroepen/kok/").contains("<p>Bewerkt sjabloon</p>"));
      assertTrue(out.toString().contains("the theme's templates changed (templates/occupation.jte): pages re-rendered"), out.toString());
      watching.interrupt();
    } finally {
      session.close();
    }
  }

  private String get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
