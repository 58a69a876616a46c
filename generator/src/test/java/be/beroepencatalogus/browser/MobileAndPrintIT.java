package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Phones (360 px wide) and paper (A4 through Chromium's print to PDF). */
class MobileAndPrintIT extends BrowserTest {
  private static final float A4_WIDTH_PT = 595.3f;
  private static final float A4_HEIGHT_PT = 841.9f;


  @AfterEach
  void desktopAgain() {
    browser.resetViewport();
    browser.media("");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void noPageScrollsSidewaysOnA360PixelPhone(String kind, String path) {
    browser.viewport(360, 740, true);
    browser.open(site.url(path));
    @SuppressWarnings("unchecked")
    Map<String, Long> widths = (Map<String, Long>) browser.script("""
        const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1);
        return { viewport: innerWidth, document: document.documentElement.scrollWidth, body: document.body.scrollWidth,
                 wideElements: wide.length };""");

    assertEquals(360L, widths.get("viewport"));
    assertTrue(widths.get("document") <= 360 && widths.get("body") <= 360, kind + ": " + widths);
  }

  @Test
  void searchIsUsableOnAPhone() {
    browser.viewport(360, 740, true);
    browser.open(site.url("/"));
    WebElement field = browser.driver().findElement(By.id("zoekterm"));
    WebElement button = browser.driver().findElement(By.cssSelector("form[role=search] button"));

    for (WebElement control : List.of(field, button)) {
      Rectangle r = control.getRect();
      assertTrue(control.isDisplayed() && r.getX() >= 0 && r.getX() + r.getWidth() <= 360, "off screen: " + r);
      assertTrue(r.getHeight() >= 24 && r.getWidth() >= 24, "too small to tap: " + r);
    }
    field.sendKeys("klachten", Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("/zoeken/?q=klachten"));
    assertEquals("Zoeken", browser.driver().findElement(By.tagName("h1")).getText());
  }

  private record Printed(int pages, List<String> pageTexts, String text) {}

  private Printed print(String path) throws IOException {
    browser.open(site.url(path));
    byte[] pdf = browser.printToPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<String> pages = new java.util.ArrayList<>();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        PDPage page = document.getPage(i - 1);
        assertEquals(A4_WIDTH_PT, page.getMediaBox().getWidth(), 2f, "page " + i + " is not A4 wide");
        assertEquals(A4_HEIGHT_PT, page.getMediaBox().getHeight(), 2f, "page " + i + " is not A4 high");
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
      }
      return new Printed(document.getNumberOfPages(), pages, String.join(" ", pages));
    }
  }

  @Test
  void thePlanPrintsOnA4WithTheWholeFormAndWithoutTheSiteAround() throws IOException {
    Printed plan = print("/beroepen/medewerker-callcenter/opleidingsplan/");

    assertTrue(plan.pages() >= 6 && plan.pages() <= 25, plan.pages() + " pages");
    plan.pageTexts().forEach(text -> assertFalse(text.isEmpty(), "a blank page"));
    for (String expected : List.of("Cursist(e):", "Contractnummer:", "Bedrijf:", "Contactpersoon:", "Beroep:",
        "Indicatieve duurtijd:", "1. De competenties: Inhoudstafel", "2. Geplande opleidingsacties",
        "A. Jobgerelateerde competenties: basis", "B. Jobgerelateerde competenties: specifiek", "C. Sleutelvaardigheden",
        "Binnenkomende oproepen voor medische hulpcentra ontvangen (Inbound)", "De naam herhalen met gebruik van NAVO alfabet",
        "Commercieel zijn")) {
      assertTrue(plan.text().contains(expected), "missing in print: " + expected);
    }
    for (String absent : List.of("Naar de inhoud", "Open data", "Kruimelpad", "Stel het plan samen", "Opnemen in het plan")) {
      assertFalse(plan.text().contains(absent), "printed: " + absent);
    }
    long pagesWithTableHeader = plan.pageTexts().stream().filter(t -> t.contains("Voorziene einddatum")).count();
    assertTrue(pagesWithTableHeader >= plan.pages() - 2, "table headers repeat on " + pagesWithTableHeader + " of " + plan.pages() + " pages");
  }

  @Test
  void anOccupationPagePrintsCleanlyOnA4() throws IOException {
    Printed occupation = print("/beroepen/medewerker-callcenter/");

    assertTrue(occupation.pages() >= 1 && occupation.pages() <= 5, occupation.pages() + " pages");
    assertTrue(occupation.text().contains("Medewerker callcenter"));
    assertTrue(occupation.text().contains("A. Jobgerelateerde competenties: basis"));
    for (String absent : List.of("Naar de inhoud", "Open data", "Opleidingsplan bekijken en afdrukken")) {
      assertFalse(occupation.text().contains(absent), "printed: " + absent);
    }
  }
}
