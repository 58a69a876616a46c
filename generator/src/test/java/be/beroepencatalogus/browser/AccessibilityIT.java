package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** WCAG 2.2 A/AA with axe-core on every page kind, in light and dark mode, and keyboard use. */
class AccessibilityIT extends BrowserTest {

  @BeforeEach
  void lightDesktop() {
    browser.colorScheme("light");
    browser.resetViewport();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void axeFindsNoWcagViolationsInLightMode(String kind, String path) {
    browser.open(site.url(path));
    if (path.contains("?q=")) {
      SiteUnderTest.awaitSearch(browser);
    }
    Axe.Result result = Axe.run(browser);

    assertEquals(List.of(), result.violations());
    assertTrue(result.passedRules() > 10, "axe ran only " + result.passedRules() + " rules");
  }

  @Test
  void theHarnessSeesViolationsWhenThereAreSome() {
    // Guards the tests above against a harness that silently checks nothing.
    browser.open(site.url("/"));
    browser.script("""
        const main = document.querySelector('main');
        main.insertAdjacentHTML('beforeend', '<p id="grijs">grijs op wit</p><input type="text"><img src="/assets/favicon.svg">');
        // Through the CSSOM: the page's Content-Security-Policy rightly refuses inline style attributes.
        Object.assign(document.getElementById('grijs').style, { color: '#bbb', background: '#fff' });""");

    List<String> violations = Axe.run(browser).violations();
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("color-contrast")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("label")), violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void axeFindsNoWcagViolationsInDarkMode(String kind, String path) {
    browser.colorScheme("dark");
    browser.open(site.url(path));
    if (path.contains("?q=")) {
      SiteUnderTest.awaitSearch(browser);
    }
    assertEquals("dark", browser.script("return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'"));

    assertEquals(List.of(), Axe.run(browser).violations());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void theFirstTabReachesAVisibleSkipLinkThatMovesFocusToTheContent(String kind, String path) {
    browser.open(site.url(path));
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement skip = browser.driver().switchTo().activeElement();

    assertEquals("skip-link", skip.getAttribute("class"));
    assertTrue(skip.isDisplayed());
    assertTrue(skip.getRect().getY() >= 0 && skip.getRect().getHeight() >= 16, "skip link not on screen: " + skip.getRect());
    skip.sendKeys(Keys.ENTER);
    assertEquals("inhoud", browser.driver().switchTo().activeElement().getAttribute("id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void everyControlIsReachableWithTabAndShowsAVisibleFocusIndicator(String kind, String path) {
    browser.open(site.url(path));
    if (path.contains("?q=")) {
      SiteUnderTest.awaitSearch(browser);
    }
    long focusable = (Long) browser.script("""
        const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
          // checkVisibility: the links in a closed <details> have boxes but cannot take focus.
          .filter(e => e.checkVisibility() || e.classList.contains('skip-link'));
        all.forEach((e, i) => e.dataset.kbd = i);
        return all.length;""");
    List<Long> reached = new ArrayList<>();
    List<String> invisibleFocus = new ArrayList<>();
    // A date input takes four presses of Tab (day, month, year, picker) while staying the active element.
    for (int i = 0; i < 4 * focusable + 2; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      Map<String, Object> state = (Map<String, Object>) browser.script("""
          const e = document.activeElement, s = getComputedStyle(e);
          return { kbd: e.dataset.kbd ?? null, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow,
                   text: (e.textContent || e.name || '').trim().slice(0, 40) };""");
      if (state.get("kbd") == null) {
        break; // focus left the page's controls (back to the browser UI)
      }
      reached.add(Long.parseLong((String) state.get("kbd")));
      boolean outlined = !"none".equals(state.get("outline")) && ((Number) state.get("width")).doubleValue() >= 2;
      if (!outlined && "none".equals(state.get("shadow"))) {
        invisibleFocus.add(String.valueOf(state.get("text")));
      }
    }

    assertEquals(focusable, reached.stream().distinct().count(), "reached " + reached + " of " + focusable);
    assertEquals(List.of(), invisibleFocus);
  }
}
