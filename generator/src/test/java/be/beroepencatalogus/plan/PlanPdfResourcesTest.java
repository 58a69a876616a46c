package be.beroepencatalogus.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13 item 4: the PDF renderer loads nothing an author links, from the network or from disk; inline images stay. */
class PlanPdfResourcesTest {
  /** A 1x1 PNG. */
  private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] png = Base64.getDecoder().decode(PNG);
      exchange.sendResponseHeaders(200, png.length);
      exchange.getResponseBody().write(png);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private byte[] render(String body) {
    String html = "<html><head><style>body { font-family: '" + PlanPdf.FONT_FAMILY + "'; }</style></head><body>" + body + "</body></html>";
    return PlanFonts.pdf().render(html, "Kok", "0123456789abcdef0123456789abcdef", java.util.Optional.empty(), "nl-BE");
  }

  private static int images(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDResources resources = doc.getPage(0).getResources();
      int n = 0;
      for (COSName name : resources.getXObjectNames()) {
        n++;
      }
      return n;
    }
  }

  @Test
  void remoteAndSchemeRelativeImagesAreNeitherFetchedNorFatal() throws IOException {
    String host = "127.0.0.1:" + server.getAddress().getPort();
    byte[] pdf = render("<p>Tekst</p><img src='http://" + host + "/a.png'><img src='//" + host + "/b.png'>"
        + "<img src='https://" + host + "/c.png'><link rel='stylesheet' href='http://" + host + "/x.css'>");

    assertEquals(0, requests.get());
    assertEquals(0, images(pdf));
  }

  @Test
  void localFilesAreNotRead() throws IOException {
    Path secret = Files.write(dir.resolve("geheim.png"), Base64.getDecoder().decode(PNG));
    byte[] pdf = render("<img src='" + secret.toUri() + "'><img src='/etc/hostname'>");
    assertEquals(0, images(pdf));
  }

  @Test
  void inlineImagesStay() throws IOException {
    byte[] pdf = render("<img src='data:image/png;base64," + PNG + "'>");
    assertTrue(images(pdf) > 0);
  }
}
