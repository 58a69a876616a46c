package be.beroepencatalogus.browser;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.*;

class ScratchShotsIT extends BrowserTest {
  void shot(String name) throws Exception {
    Map<String, Object> r = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    Files.write(Path.of("/tmp/scratch/" + name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
  }
  @Test void shots() throws Exception {
    browser.open(site.url("/beroepen/medewerker-callcenter/opleidingsplan/"));
    browser.script("localStorage.clear()");
    browser.open(site.url("/beroepen/medewerker-callcenter/opleidingsplan/"));
    Thread.sleep(300);
    browser.driver().findElement(By.name("cursist")).sendKeys("Jana Peeters");
    browser.script("document.querySelector('[data-plan-new]').click()");
    browser.driver().findElement(By.name("cursist")).sendKeys("Ahmed Şahin");
    browser.script("document.querySelector('button[aria-label=\"Verwijderen: Jana Peeters\"]').click()");
    Thread.sleep(200);
    shot("s-dialog");
    browser.script("document.querySelector('[data-plan-confirm-yes]').click()");
    browser.script("window.scrollTo(0, 200)");
    shot("s-list");
    browser.viewport(360, 740, true);
    browser.open(site.url("/beroepen/medewerker-callcenter/opleidingsplan/"));
    Thread.sleep(300);
    browser.script("document.querySelector('tr[data-rij=\"zich-voorstellen-aan-de-telefoon.2\"]').scrollIntoView({behavior: 'instant', block: 'start'})");
    shot("s-phone-row");
    browser.script("document.querySelector('.plan-header').scrollIntoView({behavior: 'instant', block: 'start'})");
    shot("s-phone-header");
    browser.script("document.querySelector('.plan-signatures').scrollIntoView({behavior: 'instant', block: 'start'})");
    shot("s-phone-sign");
    browser.resetViewport();
    browser.open(site.url("/beroepen/medewerker-callcenter/opleidingsplan/"));
    browser.script("document.querySelector('.plan-signatures').scrollIntoView({behavior: 'instant', block: 'start'})");
    shot("s-desk-sign");
  }
}
