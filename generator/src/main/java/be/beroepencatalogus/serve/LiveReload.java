package be.beroepencatalogus.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the pages open in a browser: {@code reload} after a successful rebuild, {@code problems}
 * with the content errors to show as an overlay. The script that listens ({@code /__serve/reload.js}) is added
 * to pages only as the preview server sends them; built sites never contain it.
 */
public final class LiveReload {
  public static final String SCRIPT_PATH = "/__serve/reload.js";
  public static final String EVENTS_PATH = "/__serve/events";
  private static final String SCRIPT = load();

  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
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

  /** Keeps the connection open; a page that connects while there are problems sees them at once. */
  void serveEvents(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(": verbonden\n\n".getBytes(StandardCharsets.UTF_8));
    if (!lastProblems.isEmpty()) {
      out.write(event("problems", lastProblems));
    }
    out.flush();
    clients.add(out);
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

  private void broadcast(byte[] bytes) {
    for (OutputStream client : clients) {
      try {
        client.write(bytes);
        client.flush();
      } catch (IOException gone) {
        clients.remove(client);
      }
    }
  }

  public void close() {
    for (OutputStream client : clients) {
      try {
        client.close();
      } catch (IOException ignored) {
        // the browser went away first
      }
    }
    clients.clear();
  }
}
