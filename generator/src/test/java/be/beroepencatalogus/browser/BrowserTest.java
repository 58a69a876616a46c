package be.beroepencatalogus.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/** What every browser test starts from: headless Chromium and the bundled catalogue served on loopback, once per class. */
abstract class BrowserTest {
  @TempDir static Path dir;
  static SiteUnderTest site;
  static Browser browser;

  @BeforeAll
  static void startBrowserAndSite() throws IOException {
    browser = Browser.start();
    site = SiteUnderTest.build(SiteUnderTest.BUNDLED_CONTENT, dir.resolve("site"));
  }

  @AfterAll
  static void stopBrowserAndSite() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  /** The page kinds of {@link SiteUnderTest#PAGE_KINDS} as test arguments: name and site path. */
  static Stream<Arguments> pageKinds() {
    return SiteUnderTest.PAGE_KINDS.stream().map(kind -> Arguments.of(kind[0], kind[1]));
  }
}
