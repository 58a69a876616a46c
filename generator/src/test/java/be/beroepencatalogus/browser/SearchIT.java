package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.search.RelevanceSuite;
import be.beroepencatalogus.search.SearchDocs;
import be.beroepencatalogus.search.SearchEngine;
import be.beroepencatalogus.search.SearchIndex;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search in the browser: the relevance suite, the same ranking as Lucene, and use with the keyboard. */
class SearchIT extends BrowserTest {
  static SearchIndex index;
  static SearchEngine engine;

  @BeforeAll
  static void startMore() throws IOException {
    index = SearchIndex.build(new SearchDocs().of(new SiteBuilder().check(SiteUnderTest.BUNDLED_CONTENT).catalogue()), new ByteBuffersDirectory());
    engine = new SearchEngine(index);
  }

  @AfterAll
  static void stopMore() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  /** Types the query into the search page already open (loading the page once per query would be slow). */
  private List<String> browserTop(String query, int n) {
    return site.searchTop(browser, query, n);
  }

  @Test
  void theRelevanceSuitePassesInTheBrowser() {
    List<RelevanceSuite.Case> cases = RelevanceSuite.cases();
    List<String> misses = new ArrayList<>();
    for (RelevanceSuite.Case c : cases) {
      List<String> top = browserTop(c.query(), 3);
      if (!top.contains(c.expected())) {
        misses.add(c + ": expected " + c.expected() + ", got " + top);
      }
    }
    String report = RelevanceSuite.report(misses, cases.size());
    System.out.println("Browser relevance: " + report);
    assertTrue(misses.size() <= cases.size() * (1 - RelevanceSuite.REQUIRED), report);
  }

  @Test
  void theBrowserRanksAsLuceneDoes() {
    List<String> differences = new ArrayList<>();
    for (RelevanceSuite.Case c : RelevanceSuite.cases()) {
      List<SearchEngine.Hit> lucene = engine.search(c.query(), 50, Optional.empty()).hits();
      Map<String, Float> scores = new HashMap<>();
      lucene.forEach(h -> scores.put(h.doc().path(), h.score()));
      List<String> browserTop = browserTop(c.query(), 5);
      List<String> luceneTop = lucene.stream().limit(5).map(h -> h.doc().path()).toList();
      // Weights travel rounded to 1/1000, so documents whose scores tie that closely may swap places.
      for (int i = 0; i < Math.max(browserTop.size(), luceneTop.size()); i++) {
        boolean same = i < browserTop.size() && i < luceneTop.size()
            && Math.abs(scores.getOrDefault(browserTop.get(i), -1f) - lucene.get(i).score()) < 0.005f;
        if (!same) {
          differences.add(c.query() + ": browser " + browserTop + " vs Lucene " + luceneTop);
          break;
        }
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void typingShowsHighlightedResultsFiltersByTypeAndTheKeyboardFollowsAResult() {
    browser.open(site.url("/zoeken/"));
    WebElement input = browser.driver().findElement(By.id("zoekterm"));
    input.sendKeys("klant");
    SiteUnderTest.awaitSearch(browser);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("?q=klant"));

    List<WebElement> marks = browser.driver().findElements(By.cssSelector("#zoekresultaten mark"));
    assertFalse(marks.isEmpty(), "no highlighted words");
    assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("klant")), marks.stream().map(WebElement::getText).toList().toString());
    assertTrue(browser.driver().findElement(By.id("alle-paginas-lijst")).getAttribute("hidden") != null, "the A-Z list stays visible");

    WebElement skillsFilter = browser.driver().findElements(By.cssSelector("[data-search-filters] button")).stream()
        .filter(b -> b.getText().startsWith("Vaardigheden")).findFirst().orElseThrow();
    int expected = Integer.parseInt(skillsFilter.getText().replaceAll("\\D", ""));
    skillsFilter.click();
    WebElement pressed = browser.driver().findElement(By.cssSelector("[data-search-filters] button[aria-pressed=true]"));
    assertTrue(pressed.getText().startsWith("Vaardigheden"), pressed.getText());
    List<String> types = browser.driver().findElements(By.cssSelector("#zoekresultaten .results .type")).stream().map(WebElement::getText).toList();
    assertEquals(Math.min(expected, 10), types.size());
    assertTrue(types.stream().allMatch("Vaardigheid"::equals), types.toString());

    input.sendKeys(Keys.ARROW_DOWN);
    WebElement first = browser.driver().switchTo().activeElement();
    assertEquals("a", first.getTagName());
    first.sendKeys(Keys.ARROW_DOWN);
    WebElement second = browser.driver().switchTo().activeElement();
    String target = second.getDomAttribute("href");
    assertTrue(target.startsWith("/competenties/") && !target.equals(first.getDomAttribute("href")), target);
    second.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(target));
  }

  @Test
  void aSharedLinkRunsItsQueryOnLoad() {
    browser.open(site.url("/zoeken/?q=" + URLEncoder.encode("potentiële klanten", StandardCharsets.UTF_8)));
    SiteUnderTest.awaitSearch(browser);

    assertEquals("potentiële klanten", browser.driver().findElement(By.id("zoekterm")).getDomProperty("value"));
    assertEquals("/competenties/contact-opnemen-in-functie-van-verkoop/",
        browser.driver().findElement(By.cssSelector("#zoekresultaten .results a")).getDomAttribute("href"));
  }

  @Test
  void aTypoIsCorrectedWithAQuestion() {
    browserTop("verkoopsvoorwarden", 3);
    assertTrue(browser.driver().findElement(By.id("zoekstatus")).getText().startsWith("Bedoelde je ‘verkoopsvoorwaarden’?"),
        browser.driver().findElement(By.id("zoekstatus")).getText());
  }

  @Test
  void theHomePageBoxShowsResultsAndSubmitsToTheSearchPage() {
    browser.open(site.url("/"));
    WebElement input = browser.driver().findElement(By.id("zoekterm"));
    input.sendKeys("noodoproep");
    SiteUnderTest.awaitSearch(browser);
    assertTrue(browser.driver().findElement(By.cssSelector("#zoekresultaten .results a")).getText().contains("noodoproepen"));

    input.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/zoeken/?q=noodoproep"));
    SiteUnderTest.awaitSearch(browser);
    assertEquals("noodoproep", browser.driver().findElement(By.id("zoekterm")).getDomProperty("value"));
  }

  @Test
  void oneLetterShowsNothingAndTwoLettersShowResults() throws InterruptedException {
    browser.open(site.url("/zoeken/"));
    WebElement input = browser.driver().findElement(By.id("zoekterm"));
    input.sendKeys("k");
    Thread.sleep(600);
    assertEquals("", browser.driver().findElement(By.id("zoekstatus")).getText());
    assertTrue(browser.driver().findElement(By.id("zoekresultaten")).getAttribute("hidden") != null, "no result box after one letter");
    input.sendKeys("l");
    SiteUnderTest.awaitSearch(browser);
    assertFalse(browser.driver().findElements(By.cssSelector("#zoekresultaten .results a")).isEmpty());
  }

  @Test
  void anEmptyResultOffersCloseNamesAndTheAToZList() {
    browserTop("callcenterxyz", 3);
    assertTrue(browser.driver().findElement(By.id("zoekstatus")).getText().startsWith("Geen resultaten voor ‘callcenterxyz’"));
    List<String> links = browser.driver().findElements(By.cssSelector("[data-search-suggest] a")).stream()
        .map(a -> a.getDomAttribute("href")).toList();
    assertTrue(links.contains("/beroepen/medewerker-callcenter/"), "a close name: " + links);
    assertTrue(links.contains("/beroepen/"), "the A-Z list: " + links);
  }

  @Test
  void correctionsAreLinksAndTheFirstKeepsWhatThePrefixFound() {
    browserTop("klacten", 3);
    assertTrue(browser.driver().findElement(By.id("zoekstatus")).getText().startsWith("Bedoelde je ‘klachten’?"),
        browser.driver().findElement(By.id("zoekstatus")).getText());
    List<WebElement> alternatives = browser.driver().findElements(By.cssSelector("[data-search-suggest] a"));
    assertTrue(alternatives.size() >= 2, alternatives.stream().map(WebElement::getText).toList().toString());
    assertEquals("klachten", alternatives.get(0).getText());
    String second = alternatives.get(1).getText();
    browser.script("document.getElementById('zoekstatus').textContent = '';");
    alternatives.get(1).click();
    SiteUnderTest.awaitSearch(browser);
    assertEquals(second, browser.driver().findElement(By.id("zoekterm")).getDomProperty("value"));
  }

  @Test
  void partialResultsSayWhichWordsMatched() {
    browserTop("typologie xyzzyq", 3);
    String status = browser.driver().findElement(By.id("zoekstatus")).getText();
    assertTrue(status.contains("Gevonden: ‘typologie’."), status);
  }

  @Test
  void everyResultShowsItsMatchHighlighted() {
    browserTop("klant", 10);
    List<WebElement> items = browser.driver().findElements(By.cssSelector("#zoekresultaten .results li"));
    assertTrue(items.size() >= 5, "results: " + items.size());
    List<String> types = new ArrayList<>();
    for (WebElement item : items) {
      types.add(item.findElement(By.cssSelector(".type")).getText());
      assertFalse(item.findElements(By.cssSelector("mark")).isEmpty(), "no highlighted match in " + item.getText());
    }
    assertTrue(types.stream().distinct().count() >= 3, "result types: " + types);
  }
}
