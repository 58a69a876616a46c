package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The occupation page's skills in a real browser: folded on screen, reachable by keyboard, unfolded on paper. */
class OccupationPageIT extends BrowserTest {
  private static final String OCCUPATION = "/beroepen/medewerker-callcenter/";

  @AfterEach
  void desktopAgain() {
    browser.resetViewport();
    browser.media("");
  }

  @Test
  void aFoldedSkillOpensByKeyboardAndItsLinkLandsOnTheSkillHighlightedInView() {
    browser.open(site.url(OCCUPATION));
    WebElement summary = browser.driver().findElement(By.cssSelector("details.skills summary"));
    WebElement firstSkill = browser.driver().findElement(By.cssSelector("details.skills a"));
    assertFalse(firstSkill.isDisplayed(), "folded skills are hidden until opened");

    summary.sendKeys(Keys.ENTER);
    assertTrue(firstSkill.isDisplayed(), "Enter on the summary unfolds the skills");
    String target = firstSkill.getAttribute("href");
    firstSkill.sendKeys(Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().equals(target));

    // Scrolling may be smooth: wait until the heading has arrived near the top.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> ((Number) browser.script(
        "return document.querySelector('h2:target').getBoundingClientRect().top")).doubleValue() < 200);
    @SuppressWarnings("unchecked")
    Map<String, Object> skill = (Map<String, Object>) browser.script("""
        const heading = document.querySelector('h2:target');
        const style = getComputedStyle(heading.closest('section.skill'));
        return { top: heading.getBoundingClientRect().top, outline: style.outlineStyle, background: style.backgroundColor };""");
    assertTrue(((Number) skill.get("top")).doubleValue() >= 0, "the skill's heading is in view, not above it: " + skill);
    assertEquals("solid", skill.get("outline"), "the skill reached by the link stands out");
    assertFalse(skill.get("background").equals("rgba(0, 0, 0, 0)"), "and has a background: " + skill);
  }

  @Test
  void foldedSkillsArePrintedUnfolded() throws IOException {
    browser.open(site.url(OCCUPATION));
    String foldedSkill = browser.driver().findElement(By.cssSelector("details.skills li:last-child")).getAttribute("textContent").strip();

    byte[] pdf = browser.printToPdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertTrue(text.contains(foldedSkill), "printed without the folded skill '" + foldedSkill + "'");
      assertFalse(text.contains("Toon de 6 vaardigheden"), "the fold's button is not printed");
    }
  }
}
