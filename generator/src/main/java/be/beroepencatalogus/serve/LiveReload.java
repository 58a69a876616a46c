package be.beroepencatalogus.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/**
 * Server-sent events to the pages open in a browser: {@code reload} after a successful rebuild, {@code problems}
 * with the content errors to show as an overlay. The script that listens ({@code /__serve/reload.js}) is added
 * to pages only as the preview server sends them; built sites never contain it.
 */
public final class LiveReload {
  public static final String SCRIPT_PATH = "/__serve/reload.js";
  public static final String EVENTS_PATH = "/__serve/events";
  /** Open pages the event stream serves at once: more than anyone keeps open, few enough to cost little. */
  static final int MAX_CLIENTS = 32;
  private static final String SCRIPT = load();

  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
  /** One per client in {@link #clients}, or on its way there; given back when a client is dropped. */
  private final Semaphore places = new Semaphore(MAX_CLIENTS);
  private volatile String lastProblems = "";

  private static String load() {
    try (InputStream in = LiveReload.class.getResourceAsStream("reload.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the reload script to an HTML page, just before {@code </head>}. */
  public String inject(String html) {
    return html.replace("</head>", "<script src=\"" + SCRIPT_PATH + "\" defer></script>\n</head>");
  }

  void serveScript(HttpExchange exchange) throws IOException {
    byte[] body = SCRIPT.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Keeps the connection open; a page that connects while there are problems sees them at once. Only GET, as
   * {@code EventSource} sends, and at most {@link #MAX_CLIENTS} at a time.
   */
  void serveEvents(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET");
      StaticSiteServer.sendPlain(exchange, 405, "the live reload events answer only GET");
      return;
    }
    if (!places.tryAcquire()) {
      heartbeat(); // a write is the only way to learn which pages have gone, and frees their places
      if (!places.tryAcquire()) {
        StaticSiteServer.sendPlain(exchange, 503, "too many pages listen for live reload; close some and reload this one");
        return;
      }
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write(": verbonden\n\n".getBytes(StandardCharsets.UTF_8));
      if (!lastProblems.isEmpty()) {
        out.write(event("problems", lastProblems));
      }
      out.flush();
      clients.add(exchange);
    } catch (IOException | RuntimeException e) {
      places.release();
      throw e;
    }
  }

  public void reload() {
    lastProblems = "";
    broadcast(event("reload", "ok"));
  }

  public void problems(String text) {
    lastProblems = text;
    broadcast(event("problems", text));
  }

  /** A comment line now and then keeps proxies and browsers from closing an idle stream. */
  public void heartbeat() {
    broadcast(": hartslag\n\n".getBytes(StandardCharsets.UTF_8));
  }

  public int clients() {
    return clients.size();
  }

  private static byte[] event(String name, String data) {
    StringBuilder s = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.split("\n", -1)) {
      s.append("data: ").append(line).append('\n');
    }
    return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Synchronized: a client's stream takes one writer at a time (the heartbeat, a rebuild, a new page's probe). */
  private synchronized void broadcast(byte[] bytes) {
    for (HttpExchange client : clients) {
      try {
        OutputStream out = client.getResponseBody();
        out.write(bytes);
        out.flush();
      } catch (IOException gone) {
        client.close(); // closes the connection too, as its stream failed
        if (clients.remove(client)) { // two broadcasts at once may both find it gone
          places.release();
        }
      }
    }
  }

  public void close() {
    clients.forEach(HttpExchange::close);
    clients.clear();
  }
}
