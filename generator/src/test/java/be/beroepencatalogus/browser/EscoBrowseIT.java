package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.testing.EscoDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Browsing the ESCO demo catalogue (3,007 occupations) in a real browser: the lists, sectors, ISCO groups and an
 * occupation with related occupations, each axe-clean, without sideways scrolling on a phone, and usable by keyboard.
 */
class EscoBrowseIT {
  static final List<String> PAGES = List.of(
      "/", "/beroepen/", "/beroepen/b/", "/beroepen/b/2/", "/competenties/", "/sleutelvaardigheden/", "/sectoren/",
      "/sectoren/zorg-en-welzijn/", "/beroepsgroepen/", "/beroepsgroepen/2/", "/beroepsgroepen/26/",
      "/beroepsgroepen/2654/", "/beroepen/kok/", "/competenties/isco-5-basistaken-van-de-hoofdgroep/");

  @TempDir static Path dir;
  static SiteUnderTest server;
  static Browser browser;
  static Path site;

  @BeforeAll
  static void buildTheEscoDemo() throws IOException, InterruptedException {
    browser = Browser.start();
    Path content = EscoDemo.writeTo(dir.resolve("esco"));
    site = dir.resolve("site");
    server = SiteUnderTest.build(content, site, PdfMode.NONE);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void desktop() {
    browser.resetViewport();
  }

  private static String url(String path) {
    return server.url(path);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void axeFindsNoViolationsAndNothingScrollsSidewaysOnAPhone(String path) {
    browser.open(url(path));
    Axe.Result result = Axe.run(browser);
    assertEquals(List.of(), result.violations(), path);
    assertTrue(result.passedRules() > 10, "axe ran only " + result.passedRules() + " rules");

    browser.viewport(360, 740, true);
    browser.open(url(path));
    @SuppressWarnings("unchecked")
    Map<String, Long> widths = (Map<String, Long>) browser.script(
        "return { viewport: innerWidth, document: document.documentElement.scrollWidth };");
    assertTrue(widths.get("document") <= widths.get("viewport"), path + ": " + widths);
  }

  static Stream<String> pages() {
    return PAGES.stream();
  }

  @Test
  void everyPageTheTestsVisitExistsInTheEscoDemo() {
    // A page that is not there would be a 404 page, which is axe-clean too.
    for (String path : PAGES) {
      assertTrue(Files.isRegularFile(site.resolve(path.substring(1)).resolve("index.html")), "the ESCO demo has no page " + path);
    }
  }

  @Test
  void noHtmlPageOfTheEscoDemoWeighs300KilobytesOrMore() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      List<String> heavy = files.filter(f -> f.toString().endsWith(".html"))
          .filter(f -> size(f) >= 300_000)
          .map(f -> site.relativize(f) + " " + size(f))
          .toList();
      assertEquals(List.of(), heavy);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Presses Tab until the focused element matches {@code selector}; fails after {@code limit} presses. */
  private static WebElement tabTo(String selector, int limit) {
    for (int i = 0; i < limit; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver().switchTo().activeElement();
      if ((Boolean) browser.script("return arguments[0].matches(arguments[1])", focused, selector)) {
        assertEquals("solid", browser.script("return getComputedStyle(arguments[0]).outlineStyle", focused),
            "focus is not visible on " + focused.getText());
        return focused;
      }
    }
    throw new AssertionError("Tab never reached " + selector + " in " + limit + " presses");
  }

  @Test
  void byKeyboardFromTheListThroughALetterAndItsNextPageToAnOccupationAndOnToARelatedOne() {
    browser.open(url("/beroepen/"));
    WebElement letterB = tabTo("nav a[href$='/beroepen/b/']", 80);
    letterB.sendKeys(Keys.ENTER);
    assertTrue(browser.driver().getCurrentUrl().endsWith("/beroepen/b/"), browser.driver().getCurrentUrl());

    // The page links follow the list, as in a printed index: past up to 200 entries.
    WebElement next = tabTo("a[rel=next]", 300);
    next.sendKeys(Keys.ENTER);
    assertTrue(browser.driver().getCurrentUrl().endsWith("/beroepen/b/2/"), browser.driver().getCurrentUrl());

    browser.open(url("/beroepen/kok/"));
    WebElement related = tabTo("ul.related > li > a", 200);
    String title = related.getText();
    related.sendKeys(Keys.ENTER);
    assertEquals(title, browser.driver().findElement(By.tagName("h1")).getText());
  }
}
