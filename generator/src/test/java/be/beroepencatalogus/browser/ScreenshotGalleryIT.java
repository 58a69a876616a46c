package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Full-page screenshots of each page kind, desktop and phone, light and dark, for reviewers: target/screenshots/. */
class ScreenshotGalleryIT extends BrowserTest {
  private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
  private static final List<String[]> PAGES = List.of(
      new String[] {"home", "/"},
      new String[] {"beroep", "/beroepen/medewerker-callcenter/"},
      new String[] {"competentie", "/competenties/zich-voorstellen-aan-de-telefoon/"},
      new String[] {"sleutelvaardigheid", "/sleutelvaardigheden/flexibel-zijn/"},
      new String[] {"zoeken", "/zoeken/?q=klachten"},
      new String[] {"alle-beroepen", "/beroepen/"},
      new String[] {"alle-competenties", "/competenties/"},
      new String[] {"sectoren", "/sectoren/"},
      new String[] {"sector", "/sectoren/handel-en-diensten/"},
      new String[] {"beroepsgroep", "/beroepsgroepen/42/"},
      new String[] {"opleidingsplan", "/beroepen/medewerker-callcenter/opleidingsplan/"});


  @Test
  void writesAScreenshotOfEveryPageKindOnDesktopAndPhone() throws IOException {
    Files.createDirectories(OUT);
    for (String scheme : List.of("light", "dark")) {
      browser.colorScheme(scheme);
      for (String[] page : PAGES) {
        for (int width : new int[] {1280, 360}) {
          browser.viewport(width, width == 360 ? 740 : 900, width == 360);
          browser.open(site.url(page[1]));
          if (page[1].contains("?q=")) {
            SiteUnderTest.awaitSearch(browser);
          }
          String name = page[0] + "-" + (width == 360 ? "360px" : "desktop") + (scheme.equals("dark") ? "-donker" : "") + ".png";
          Path file = OUT.resolve(name);
          Files.write(file, browser.fullPageScreenshot());
          assertTrue(Files.size(file) > 5_000, name + " is suspiciously small");
        }
      }
    }
    browser.resetViewport();
    browser.colorScheme("light");
  }
}
