package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.serve.StaticSiteServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The mentor's plan builder: choose, fill in, print; and nothing typed ever leaves the browser. */
class PlanBuilderIT extends BrowserTest {
  private static final String PLAN = "/beroepen/medewerker-callcenter/opleidingsplan/";
  private static final String MEDICAL = "binnenkomende-oproepen-medische-hulpcentra";
  private static final String MEDICAL_TITLE = "Binnenkomende oproepen voor medische hulpcentra ontvangen (Inbound)";
  private static final String ENGLISH_ROW = "zich-voorstellen-aan-de-telefoon.4";

  static final List<String> personalData = List.of("Jana", "Peeters", "Korenbloem", "2027");

  private void openPlan() {
    browser.open(site.url(PLAN));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> d.findElement(By.cssSelector("article.plan")).getAttribute("class").contains("plan-builder-ready"));
  }

  private WebElement field(String name) {
    return browser.driver().findElement(By.name(name));
  }

  private WebElement box(String id) {
    return browser.driver().findElement(By.cssSelector("input[data-kies='" + id + "']"));
  }

  private boolean shown(String css) {
    return browser.driver().findElement(By.cssSelector(css)).isDisplayed();
  }

  @Test
  void theMentorsChoicesAndEntriesShapeThePrintViewStayInThisBrowserAndAreNeverSent() throws IOException {
    site.clearRequests();
    openPlan();
    browser.script("localStorage.clear()");
    openPlan();
    List<String> requests = new ArrayList<>();

    // Clicked as a user's click would be, through the DOM: a sticky element may cover the spot Selenium aims at.
    browser.script("arguments[0].click()", box(MEDICAL));
    browser.script("arguments[0].click()", box(ENGLISH_ROW));
    field("cursist").sendKeys("Jana Peeters");
    field("bedrijf").sendKeys("Bakkerij De Korenbloem", Keys.ENTER);
    field("zich-voorstellen-aan-de-telefoon.1.voorzien").sendKeys("15/01/2027");
    requests.addAll(browser.requests().stream().map(Browser.Request::url).toList());

    browser.media("print");
    try {
      assertFalse(shown("section[data-competentie='" + MEDICAL + "']"), "an unticked competency prints");
      assertFalse(shown(".plan-toc li[data-competentie='" + MEDICAL + "']"), "an unticked competency stays in the contents");
      assertFalse(shown("tr[data-rij='" + ENGLISH_ROW + "']"), "an unticked skill prints");
      assertTrue(shown("tr[data-rij='zich-voorstellen-aan-de-telefoon.1']"));
      assertFalse(shown("input[data-kies]"), "check boxes print");
      assertFalse(shown(".plan-builder"), "the builder's explanation prints");
      try (PDDocument printed = Loader.loadPDF(browser.printToPdf())) {
        String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
        assertFalse(text.contains(MEDICAL_TITLE), "unticked competency in the printout");
        assertFalse(text.contains("Kennis van Engels"), "unticked skill in the printout");
        assertTrue(text.contains("Kennis van het Frans"));
        assertTrue(text.contains("Cursist(e):"));
      }
    } finally {
      browser.media("");
    }

    openPlan();
    requests.addAll(browser.requests().stream().map(Browser.Request::url).toList());
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"), "entries are kept in this browser");
    assertEquals("15/01/2027", field("zich-voorstellen-aan-de-telefoon.1.voorzien").getDomProperty("value"));
    assertFalse(box(MEDICAL).isSelected());
    assertFalse(box(ENGLISH_ROW).isSelected());
    assertTrue(box("zich-voorstellen-aan-de-telefoon").isSelected());

    for (String request : requests) {
      personalData.forEach(word -> assertFalse(request.contains(word), "sent: " + request));
    }
    for (StaticSiteServer.Request answered : site.answered()) {
      personalData.forEach(word -> assertFalse(answered.path().contains(word), "sent: " + answered.path()));
      assertEquals("GET", answered.method());
    }

    browser.driver().findElement(By.cssSelector("[data-plan-clear]")).click();
    assertEquals("", field("cursist").getDomProperty("value"));
    assertTrue(box(MEDICAL).isSelected());
    assertNull(browser.script("return localStorage.getItem('opleidingsplan:medewerker-callcenter')"));
    assertTrue(shown("section[data-competentie='" + MEDICAL + "']"));
  }

  @Test
  void thePageSaysInOneSentenceThatNothingIsSent() {
    openPlan();
    String privacy = browser.driver().findElement(By.cssSelector(".plan-builder .privacy")).getText();
    assertEquals("Wat je hier invult, blijft in deze browser op dit toestel en wordt nergens naartoe gestuurd.", privacy);
    assertTrue(browser.driver().findElements(By.cssSelector("article.plan form")).isEmpty(),
        "a form around the fields would send them when Enter is pressed");
  }
}
