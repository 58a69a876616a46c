package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.serve.StaticSiteServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A catalogue built into a folder and served on a free loopback port, recording every request it answers. */
final class SiteUnderTest implements AutoCloseable {
  static final Path BUNDLED_CONTENT = be.beroepencatalogus.testing.FrozenSeed.CATALOGUE;

  /** Page kinds of the bundled catalogue, by name, as site paths. */
  static final List<String[]> PAGE_KINDS = List.of(
      new String[] {"home", "/"},
      new String[] {"beroep", "/beroepen/medewerker-callcenter/"},
      new String[] {"opleidingsplan", "/beroepen/medewerker-callcenter/opleidingsplan/"},
      new String[] {"competentie", "/competenties/klant-informeren-en-adviseren/"},
      new String[] {"sleutelvaardigheid", "/sleutelvaardigheden/kunnen-omgaan-met-stress/"},
      new String[] {"zoeken", "/zoeken/?q=klachten"},
      new String[] {"alle beroepen", "/beroepen/"},
      new String[] {"alle competenties", "/competenties/"},
      new String[] {"alle sleutelvaardigheden", "/sleutelvaardigheden/"},
      new String[] {"sectoren", "/sectoren/"},
      new String[] {"sector", "/sectoren/handel-en-diensten/"},
      new String[] {"beroepsgroepen", "/beroepsgroepen/"},
      new String[] {"beroepsgroep", "/beroepsgroepen/42/"},
      new String[] {"404", "/bestaat-niet/"});

  private final StaticSiteServer server;
  private final List<StaticSiteServer.Request> answered = new CopyOnWriteArrayList<>();

  private SiteUnderTest(Path site) throws IOException {
    this.server = StaticSiteServer.start(site, 0, answered::add);
  }

  static SiteUnderTest build(Path content, Path out) throws IOException {
    BuildResult result = new SiteBuilder().build(new BuildOptions(content, out, Optional.of("/")));
    assertTrue(result.succeeded(), result.problems().toString());
    return new SiteUnderTest(out);
  }

  /** A site built with {@code pdfs} ({@link PdfMode#NONE} for a large catalogue: minutes of PDFs saved). */
  static SiteUnderTest build(Path content, Path out, PdfMode pdfs) throws IOException {
    BuildResult result = new SiteBuilder().build(new BuildOptions(content, out, Optional.of("/"), out.resolveSibling(out.getFileName() + "-cache"), pdfs));
    assertTrue(result.succeeded(), result.problems().toString());
    return new SiteUnderTest(out);
  }

  /** Waits until the search script has answered: its live status says how many results (or none). */
  static void awaitSearch(Browser browser) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .pollingEvery(Duration.ofMillis(20))
        .until(d -> !d.findElement(By.id("zoekstatus")).getText().isBlank());
  }

  /**
   * Types {@code query} into this site's search page (opened once; loading it per query would be slow) and returns the
   * links of the first {@code n} results.
   */
  List<String> searchTop(Browser browser, String query, int n) {
    if (!browser.driver().getCurrentUrl().startsWith(url("/zoeken/"))) {
      browser.open(url("/zoeken/"));
    }
    browser.script("""
        document.getElementById('zoekstatus').textContent = '';
        const input = document.getElementById('zoekterm');
        input.value = arguments[0];
        input.dispatchEvent(new Event('input'));""", query);
    awaitSearch(browser);
    return browser.driver().findElements(By.cssSelector("#zoekresultaten .results a")).stream()
        .limit(n).map(a -> a.getDomAttribute("href")).toList();
  }

  String url(String sitePath) {
    return server.url() + sitePath.substring(1);
  }

  String host() {
    return "127.0.0.1:" + server.port();
  }

  /** Requests the server answered with a status of 400 or more, apart from the given intended ones. */
  List<StaticSiteServer.Request> failedRequests(String... expected) {
    List<String> allowed = List.of(expected);
    return answered.stream().filter(r -> r.status() >= 400 && !allowed.contains(r.path())).toList();
  }

  /** Every request the server answered since the last {@link #clearRequests}. */
  List<StaticSiteServer.Request> answered() {
    return List.copyOf(answered);
  }

  void clearRequests() {
    answered.clear();
  }

  @Override
  public void close() {
    server.close();
  }
}
