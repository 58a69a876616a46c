package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** No request leaves the site, nothing fails to load, the CSP is enforced, and hostile content stays inert. */
class PrivacyAndSecurityIT extends BrowserTest {
  static SiteUnderTest hostile;

  @BeforeAll
  static void startHostileSite() throws IOException {
    hostile = SiteUnderTest.build(hostileContent(dir.resolve("hostile-content")), dir.resolve("hostile-site"));
  }

  @AfterAll
  static void stopHostileSite() {
    if (hostile != null) {
      hostile.close();
    }
  }

  /** Every trick sets window.__pwned or opens an alert if it ever runs. */
  static Path hostileContent(Path dir) {
    return FixtureSite.in(dir)
        .file("beroepen/kwaad.md", """
            ---
            title: "Kwaad <script>window.__pwned='titel'</script>"
            aliases: ["<img src=x onerror=\\"window.__pwned='alias'\\">"]
            competencies:
              basis: [aanval]
            key_skills:
              - id: list
                description: "<iframe src=\\"javascript:window.__pwned='iframe'\\"></iframe>"
            ---
            <script>window.__pwned = 'beschrijving'</script>

            <div onclick="window.__pwned='klik'" id="klik">klik hier</div>
            [link](javascript:window.__pwned='link') <a href="javascript:window.__pwned='a'">a</a>
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            """)
        .file("competenties/aanval.md", """
            ---
            title: "<svg onload=\\"window.__pwned='svg'\\">"
            ---
            ## Vaardigheid <img src=x onerror="window.__pwned='kop'">

            <style>body{display:none}</style>
            [x](JaVaScRiPt:window.__pwned='hoofdletters') [y](javascript:alert(10))
            <form action="https://evil.example/"><button>verstuur</button></form>
            """)
        .file("sleutelvaardigheden/list.md", "---\ntitle: List\n---\n<object data=\"https://evil.example/x\"></object> <img src=\"https://evil.example/pixel.gif\">\n")
        .dir();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pageKinds")
  void noRequestLeavesTheSiteAndNothingFailsOrLogsAnError(String kind, String path) {
    site.clearRequests();
    browser.open(site.url(path));
    List<Browser.Request> requests = browser.requests();

    assertFalse(requests.isEmpty(), "no requests recorded: the log is not working");
    // data: URLs are inline (Chromium draws a date input's calendar icon from one); they never leave the browser.
    List<Browser.Request> foreign = requests.stream().filter(r -> !r.url().startsWith(site.url("/")) && !r.url().startsWith("data:")).toList();
    assertTrue(requests.stream().allMatch(Browser.Request::sent), requests.toString());
    assertEquals(List.of(), foreign);
    List<String> consoleErrors = browser.consoleErrors();
    if (kind.equals("404")) {
      // The not-found page is served with status 404 on purpose; Chromium logs that one line.
      assertTrue(consoleErrors.stream().allMatch(e -> e.contains("/bestaat-niet/") && e.contains("404")), consoleErrors.toString());
      assertEquals(List.of(), site.failedRequests("/bestaat-niet/"));
    } else {
      assertEquals(List.of(), consoleErrors);
      assertEquals(List.of(), site.failedRequests());
    }
  }

  @Test
  void theContentSecurityPolicyBlocksInlineScriptAndForeignLoads() {
    browser.open(site.url("/"));
    Object inline = browser.script("""
        const s = document.createElement('script');
        s.textContent = 'window.__inline = 1';
        document.body.appendChild(s);
        return window.__inline ?? null;""");
    browser.script("const i = new Image(); i.src = 'https://evil.example/pixel.gif'; document.body.appendChild(i);");

    assertNull(inline);
    List<String> errors = browser.consoleErrors();
    assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), errors.toString());
    List<Browser.Request> evil = browser.requests().stream().filter(r -> r.url().contains("evil.example")).toList();
    assertEquals(1, evil.size(), evil.toString());
    assertEquals("csp", evil.get(0).blockedReason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/beroepen/kwaad/", "/beroepen/kwaad/opleidingsplan/", "/competenties/aanval/",
      "/sleutelvaardigheden/list/", "/zoeken/"})
  void hostileContentRendersInert(String path) {
    browser.open(hostile.url(path));
    int clickable = browser.driver().findElements(By.cssSelector("main a, #klik, main button")).size();
    for (int i = 0; i < clickable; i++) {
      WebElement element = browser.driver().findElements(By.cssSelector("main a, #klik, main button")).get(i);
      String before = browser.driver().getCurrentUrl();
      browser.script("arguments[0].click()", element);
      assertNull(browser.script("return window.__pwned ?? null"), "after clicking " + i);
      if (!browser.driver().getCurrentUrl().equals(before)) {
        browser.open(hostile.url(path));
      }
    }

    assertNull(browser.script("return window.__pwned ?? null"));
    assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
    assertEquals(List.of(), browser.requests().stream()
        .filter(r -> !r.url().startsWith(hostile.url("/")) && !r.url().startsWith("data:") && !r.url().startsWith("blob:" + hostile.url("/")))
        .toList());
    assertTrue(browser.driver().findElements(By.cssSelector("iframe, object, embed, svg, main script, main style")).isEmpty());
  }
}
