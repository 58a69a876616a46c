package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.testing.EscoDemo;
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


  /** Pages of the ESCO demo catalogue, whose lists are long and whose occupations have related ones. */
  private static final List<String[]> ESCO_PAGES = List.of(
      new String[] {"esco-home", "/"},
      new String[] {"esco-alle-beroepen-b-2", "/beroepen/b/2/"},
      new String[] {"esco-alle-competenties", "/competenties/"},
      new String[] {"esco-sector", "/sectoren/zorg-en-welzijn/"},
      new String[] {"esco-beroepsgroep-26", "/beroepsgroepen/26/"},
      new String[] {"esco-beroep-kok", "/beroepen/kok/"},
      new String[] {"esco-competentie", "/competenties/isco-5-basistaken-van-de-hoofdgroep/"});

  @Test
  void writesAScreenshotOfEveryPageKindOnDesktopAndPhone() throws IOException {
    shoot(PAGES, site::url, List.of("light", "dark"));
  }

  @Test
  void writesScreenshotsOfTheEscoDemoCatalogue() throws IOException, InterruptedException {
    Path content = EscoDemo.writeTo(dir.resolve("esco"));
    try (SiteUnderTest esco = SiteUnderTest.build(content, dir.resolve("esco-site"), PdfMode.NONE)) {
      shoot(ESCO_PAGES, esco::url, List.of("light"));
    }
  }

  private void shoot(List<String[]> pages, Function<String, String> url, List<String> schemes) throws IOException {
    Files.createDirectories(OUT);
    for (String scheme : schemes) {
      browser.colorScheme(scheme);
      for (String[] page : pages) {
        for (int width : new int[] {1280, 360}) {
          browser.viewport(width, width == 360 ? 740 : 900, width == 360);
          browser.open(url.apply(page[1]));
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
