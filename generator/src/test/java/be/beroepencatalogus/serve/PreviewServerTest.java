package be.beroepencatalogus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server end to end: pages, live reload on save, errors that keep the site up, and its limits. */
class PreviewServerTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private FixtureSite site;
  private PreviewServer server;
  private Thread watching;
  private SiteSession session;

  @BeforeEach
  void start() throws Exception {
    site = FixtureSite.minimal(dir.resolve("content"));
    session = new SiteBuilder().session(site.dir(), dir.resolve("serve/site"), dir.resolve("cache"), "/");
    SiteSession.Update first = session.start();
    assertTrue(first.ok(), first.problems().toString());
    Files.createDirectories(dir.resolve("theme/assets"));
    server = new PreviewServer(session, site.dir(), dir.resolve("theme"), "127.0.0.1", 0,
        new PrintWriter(out, true), new PrintWriter(err, true));
    watching = new Thread(server::run);
    watching.start();
    http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "__serve/events")).build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> response.body().filter(line -> line.startsWith("event: ")).forEach(events::add));
    long deadline = System.currentTimeMillis() + 5000;
    while (server.reload().clients() == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
  }

  @AfterEach
  void stop() throws Exception {
    watching.interrupt();
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private int port() {
    return URI.create(server.url()).getPort();
  }

  /** A raw connection that has sent {@code request}; the caller closes it. */
  private Socket send(String request) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
    socket.setSoTimeout(10_000);
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** The status line and headers of the answer on {@code socket}: an event stream's body never ends. */
  private static String head(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private String head(String request) throws IOException {
    try (Socket socket = send(request)) {
      return head(socket);
    }
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(10, TimeUnit.SECONDS);
    assertTrue(event != null, "no event within 10 s; terminal said: " + out + err);
    return event;
  }

  @Test
  void thePdfPlansFollowInTheBackgroundAndThenAreLinked() throws Exception {
    session.awaitBackground();

    assertTrue(Files.size(dir.resolve("serve/site/beroepen/kok/opleidingsplan.pdf")) > 1000);
    assertEquals(200, get("/beroepen/kok/opleidingsplan.pdf").statusCode());
    assertTrue(get("/beroepen/kok/").body().contains("href=\"/beroepen/kok/opleidingsplan.pdf\""));
    assertTrue(get("/beroepen/kok/opleidingsplan/").body().contains("href=\"/beroepen/kok/opleidingsplan.pdf\""));
  }

  @Test
  void aFolderWithoutItsSlashIsRedirectedAndAnUnknownPageIsTheNotFoundPage() throws Exception {
    HttpResponse<String> redirect = get("/beroepen/kok");
    assertEquals(301, redirect.statusCode());
    assertEquals("/beroepen/kok/", redirect.headers().firstValue("Location").orElse(""));
    HttpResponse<String> missing = get("/beroepen/bestaat-niet/");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<script src=\"/__serve/reload.js\" defer></script>"), missing.body());
  }

  @Test
  void servedPagesGetTheReloadScriptButTheFilesInItsFolderDoNot() throws Exception {
    HttpResponse<String> home = get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<script src=\"/__serve/reload.js\" defer></script>"));
    assertEquals(200, get("/__serve/reload.js").statusCode());
    try (Stream<Path> files = Files.walk(dir.resolve("serve/site"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertFalse(Files.readString(file).contains("__serve"), file.toString());
      }
    }
  }

  @Test
  void savingACompetencyUpdatesItsPagesAndReloadsOpenPages() throws Exception {
    site.file("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n\n## Kent de recepten\n\n- Recepten lezen\n");

    assertEquals("event: reload", nextEvent());
    assertTrue(get("/competenties/koken/").body().contains("Met een scherp mes."));
    assertTrue(get("/beroepen/kok/opleidingsplan/").body().contains("Met een scherp mes."));
    assertTrue(out.toString().contains("read 1 files in "), out.toString());
  }

  @Test
  void aContentErrorShowsAsAnOverlayKeepsTheSiteUpAndFixingItClearsIt() throws Exception {
    site.file("competenties/koken.md", "---\ntitel: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een bot mes.\n");

    assertEquals("event: problems", nextEvent());
    assertTrue(err.toString().contains("competenties/koken.md:2:1: error: unknown key 'titel' (did you mean 'title'?)"), err.toString());
    HttpResponse<String> page = get("/competenties/koken/");
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("bot mes"), "a broken change must not reach the site");

    site.file("competenties/koken.md", "---\ntitle: Gerechten bereiden\n---\n\n## Snijdt groenten\n\nMet een scherp mes.\n");
    assertEquals("event: reload", nextEvent());
    assertTrue(get("/competenties/koken/").body().contains("scherp mes"));
  }

  @Test
  void aNewCompetencyFileGetsItsPage() throws Exception {
    site.file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n\n## Kneedt deeg\n\nOefenen.\n");

    assertEquals("event: reload", nextEvent());
    assertEquals(200, get("/competenties/bakken/").statusCode());
  }

  @Test
  void itNeverServesAFileOutsideItsFolder() throws Exception {
    Files.writeString(dir.resolve("serve/geheim.txt"), "geheim");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.url()).getPort())) {
      socket.getOutputStream().write("GET /../geheim.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(response.contains("geheim\n") || response.endsWith("geheim"), response);
      assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response.lines().findFirst().orElse(""));
    }
    assertEquals(404, get("/%2e%2e/geheim.txt").statusCode());
  }

  @Test
  void itListensOnLoopbackByDefault() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
  }

  @Test
  void aThemeChangeWithoutTheThemesOwnTemplatesAsksForARestart() throws Exception {
    Files.writeString(dir.resolve("theme/assets/extra.css"), "body { color: red; }");

    assertEquals("event: problems", nextEvent());
    assertTrue(err.toString().contains("the theme changed (assets/extra.css): stop serve with Ctrl-C and start it again"), err.toString());
  }

  @Test
  void itAnswersOnlyToLoopbackNamesSoThatAnotherSiteCannotRebindItsNameToThePreview() throws Exception {
    for (String host : List.of("localhost:" + port(), "127.0.0.1:" + port(), "[::1]:" + port(), "LOCALHOST")) {
      assertTrue(head("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200 "), host);
    }
    for (String path : List.of("/", LiveReload.EVENTS_PATH, LiveReload.SCRIPT_PATH)) {
      String refused = head("GET " + path + " HTTP/1.1\r\nHost: attacker.example:" + port() + "\r\nConnection: close\r\n\r\n");
      assertTrue(refused.startsWith("HTTP/1.1 421 "), path + ": " + refused);
      assertTrue(refused.toLowerCase(Locale.ROOT).contains("\r\ncontent-type: text/plain"), refused);
    }
    assertTrue(head("GET / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 421 "), "a request without a Host header");
  }

  @Test
  void clientsThatNeverFinishTheirRequestDoNotHoldUpOthers() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        slow.add(send("GET / HT"));
      }
      Thread.sleep(500); // lets the server take up the slow connections first
      // Within 5 s: sooner than the server cuts the slow ones off, so this answer did not wait for that.
      HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, home.statusCode());
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  @Test
  void aRequestThatNeverFinishesItsHeadersIsCutOff() throws Exception {
    try (Socket socket = send("GET / HTTP/1.1\r\nHost: 127.0.0.1")) {
      socket.setSoTimeout(30_000);
      try {
        assertEquals(-1, socket.getInputStream().read(), "the server answered a request it never got in full");
      } catch (SocketTimeoutException stillOpen) {
        throw new AssertionError("the connection was still open after 30 s", stillOpen);
      } catch (IOException reset) {
        // closed by the server: what this test wants
      }
    }
  }

  @Test
  void theEventStreamAnswersOnlyGet() throws Exception {
    for (String method : List.of("POST", "PUT", "HEAD")) {
      String answer = head(method + " " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 405 "), method + ": " + answer);
      assertTrue(answer.contains("\r\nAllow: GET\r\n"), answer);
    }
    assertEquals(1, server.reload().clients());
  }

  @Test
  void theEventStreamTakesAtMost32ClientsAndMakesRoomWhenSomeLeave() throws Exception {
    String request = "GET " + LiveReload.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    List<Socket> clients = new ArrayList<>();
    try {
      for (int i = 0; i < 31; i++) { // the page opened in start() is the 32nd
        Socket client = send(request);
        clients.add(client);
        assertTrue(head(client).startsWith("HTTP/1.1 200 "));
      }
      String refused = head(request);
      assertTrue(refused.startsWith("HTTP/1.1 503 "), refused);
      assertEquals(32, awaitClients(32));

      for (Socket client : clients.subList(0, 4)) {
        client.close();
      }
      long deadline = System.currentTimeMillis() + 10_000;
      while (server.reload().clients() > 28 && System.currentTimeMillis() < deadline) {
        server.reload().heartbeat(); // a write is how the server learns that a client has gone
        Thread.sleep(50);
      }
      assertEquals(28, server.reload().clients());
      try (Socket again = send(request)) {
        assertTrue(head(again).startsWith("HTTP/1.1 200 "));
      }
    } finally {
      for (Socket client : clients) {
        client.close();
      }
    }
  }

  /** The number of open pages once it is {@code expected}, or after 10 s: a page counts once its greeting is out. */
  private int awaitClients(int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (server.reload().clients() != expected && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    return server.reload().clients();
  }
}
