package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by chromium-driver, with what the quality tests need: every request the
 * page made, console errors, media and viewport emulation, print to PDF and full-page screenshots through
 * the DevTools protocol. Without Chromium the tests are skipped on a developer machine and fail on CI.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A request the page started: its URL, resource type (Document, Stylesheet, Script, Image...), and why
   * Chromium blocked it before it left (such as "csp"), or null when it was sent.
   */
  record Request(String url, String type, String blockedReason) {
    boolean sent() {
      return blockedReason == null;
    }
  }

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      String message = "Chromium or chromium-driver missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message + "; browser tests must run on CI");
      }
      Assumptions.abort(message);
    }
    try {
      Path profile = Files.createTempDirectory("chromium-profile-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions", "--disable-default-apps",
          "--lang=nl-BE", "--window-size=1280,900", "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER))
          .usingAnyFreePort()
          .build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a URL and waits until the document has loaded. Clears the request and console logs first. */
  void open(String url) {
    drainLogs();
    driver.get(url);
  }

  void drainLogs() {
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().logs().get(LogType.BROWSER);
  }

  /** Every request the page started since the last {@link #open}. */
  List<Request> requests() {
    Map<String, JsonNode> started = new LinkedHashMap<>();
    Map<String, String> blocked = new HashMap<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      switch (message.path("method").asText()) {
        case "Network.requestWillBeSent" -> started.putIfAbsent(params.path("requestId").asText(), params);
        case "Network.loadingFailed" -> {
          if (params.hasNonNull("blockedReason")) {
            blocked.put(params.path("requestId").asText(), params.path("blockedReason").asText());
          }
        }
        default -> { }
      }
    }
    List<Request> requests = new ArrayList<>();
    started.forEach((id, params) -> requests.add(
        new Request(params.path("request").path("url").asText(), params.path("type").asText(), blocked.get(id))));
    return requests;
  }

  /** Console messages of level SEVERE (errors, failed loads, CSP violations) since the last {@link #open}. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Object asyncScript(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
  }

  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  void media(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /** Emulates a phone-sized viewport ({@code mobile} true) or a desktop one. */
  void viewport(int width, int height, boolean mobile) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  void resetViewport() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Prints the current page as Chromium's print dialog would, honouring the page's @page size. */
  byte[] printToPdf() {
    Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
        Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  /** Saves what the page downloads (a link with {@code download}, a blob) into {@code dir} instead of asking. */
  void downloadsTo(Path dir) {
    driver.executeCdpCommand("Page.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
  }

  /** A PNG of the whole page, not just the viewport. */
  byte[] fullPageScreenshot() {
    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true));
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
