package be.beroepencatalogus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Serves a built site folder over HTTP on the loopback interface, the way a static host does: {@code /x/}
 * serves {@code x/index.html}, {@code /x} redirects to {@code /x/} when that is a folder, and unknown paths
 * get {@code 404.html} with status 404. Nothing outside the folder is ever served. JDK 17 has no
 * {@code SimpleFileServer}, hence this small handler.
 */
public final class StaticSiteServer implements AutoCloseable {
  private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("bin", "application/octet-stream"));

  /** One answered request: method, raw path with query, status. */
  public record Request(String method, String path, int status) {}

  /** How long a client may take to send its request line and headers (the JDK takes whole seconds). */
  private static final int REQUEST_SECONDS = 5;
  /** Pool threads: a few clients that stall mid-request (each cut off after REQUEST_SECONDS) leave room for others. */
  private static final int THREADS = 32;
  private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

  private final Path root;
  private final HttpServer server;
  private final ExecutorService pool;
  private final HostCheck hostCheck;
  private final Consumer<Request> listener;
  private volatile UnaryOperator<String> htmlFilter = UnaryOperator.identity();
  private volatile Function<String, Optional<byte[]>> pages = sitePath -> Optional.empty();

  private StaticSiteServer(Path root, HttpServer server, ExecutorService pool, HostCheck hostCheck, Consumer<Request> listener) {
    this.root = root.toAbsolutePath().normalize();
    this.server = server;
    this.pool = pool;
    this.hostCheck = hostCheck;
    this.listener = listener;
  }

  /** Rewrites every HTML page on its way out (the preview server adds its live-reload script this way). */
  public void filterHtml(UnaryOperator<String> filter) {
    this.htmlFilter = filter;
  }

  /**
   * Answers a request for a site path with the page {@code pages} renders for it, if any, before looking for a file
   * (the preview server renders its pages when asked for them).
   */
  public void pages(Function<String, Optional<byte[]>> pages) {
    this.pages = pages;
  }

  /** Answers requests under {@code path} with {@code handler} instead of files, for the same hosts as the files. */
  public void route(String path, HttpHandler handler) {
    server.createContext(path, handler).getFilters().add(hostCheck);
  }

  /** Starts serving {@code root} on 127.0.0.1; port 0 picks a free port. Every answered request goes to {@code listener}. */
  public static StaticSiteServer start(Path root, int port, Consumer<Request> listener) throws IOException {
    return start(root, InetAddress.getLoopbackAddress().getHostAddress(), port, listener);
  }

  /**
   * Starts serving {@code root} on {@code host}, a name or an address; requests must name it or loopback in their
   * {@code Host} header (see {@link HostCheck}).
   */
  public static StaticSiteServer start(Path root, String host, int port, Consumer<Request> listener) throws IOException {
    InetAddress address = InetAddress.getByName(host);
    limitRequestTime();
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    ExecutorService pool = pool();
    StaticSiteServer site = new StaticSiteServer(root, server, pool, HostCheck.forListening(host, address), listener);
    site.route("/", site::handle);
    server.setExecutor(pool);
    server.start();
    return site;
  }

  /**
   * HttpServer reads a request's line and headers on a pool thread and by default waits for them for ever, so
   * connections that stop mid-request would hold its threads for good. Its only way to cut them off is this
   * system property, read once, when the first server of the JVM is made; hence it is set here, before that,
   * and left alone if the user set it (CATALOG_JAVA_OPTS). It does not limit responses, such as the event stream.
   */
  private static void limitRequestTime() {
    if (System.getProperty(MAX_REQUEST_TIME) == null) {
      System.setProperty(MAX_REQUEST_TIME, String.valueOf(REQUEST_SECONDS));
    }
  }

  private static ExecutorService pool() {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "static-site-server");
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true); // a preview that nobody looks at keeps no threads
    return pool;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The server's address, such as {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    int status;
    try {
      status = respond(exchange);
    } catch (IOException | RuntimeException e) {
      status = 500;
      send(exchange, 500, "text/plain; charset=utf-8", "internal error".getBytes(), false);
    } finally {
      exchange.close();
    }
    listener.accept(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), status));
  }

  private int respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      return send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(), false);
    }
    URI uri = exchange.getRequestURI();
    String path = uri.getPath();
    if (path == null || !path.startsWith("/") || path.contains("\0")) {
      return notFound(exchange, head);
    }
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root)) {
      return notFound(exchange, head);
    }
    Optional<byte[]> page = pages.apply(path);
    if (page.isPresent()) {
      return send(exchange, 200, "text/html; charset=utf-8", htmlFilter.apply(new String(page.get(), StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8), head);
    }
    if (!path.endsWith("/") && (Files.isDirectory(file) || pages.apply(path + "/").isPresent())) {
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
      return send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
      return notFound(exchange, head);
    }
    String type = contentType(file);
    byte[] body = Files.readAllBytes(file);
    if (type.startsWith("text/html")) {
      body = htmlFilter.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
    return send(exchange, 200, type, body, head);
  }

  private int notFound(HttpExchange exchange, boolean head) throws IOException {
    Path file = root.resolve("404.html");
    Optional<String> page = pages.apply("/404.html").map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .or(() -> Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty());
    byte[] body = page.map(html -> htmlFilter.apply(html).getBytes(StandardCharsets.UTF_8))
        .orElse("niet gevonden".getBytes(StandardCharsets.UTF_8));
    return send(exchange, 404, "text/html; charset=utf-8", body, head);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    if (head || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  /** Answers with a one-line plain-text {@code message} (no body for HEAD) and ends the exchange. */
  static void sendPlain(HttpExchange exchange, int status, String message) throws IOException {
    try (exchange) {
      byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
      send(exchange, status, "text/plain; charset=utf-8", body, exchange.getRequestMethod().equals("HEAD"));
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
