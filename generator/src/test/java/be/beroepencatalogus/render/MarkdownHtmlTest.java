package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
  private final MarkdownHtml markdown = new MarkdownHtml(new Urls("https://example.org/catalogus/"));

  @Test
  void rawHtmlBlocksAndInlineHtmlAreShownAsText() {
    String html = markdown.toHtml("<script>alert(1)</script>\n\nTekst met <img src=x onerror=alert(2)> erin.");
    Document doc = Jsoup.parseBodyFragment(html);

    assertTrue(doc.select("script, img").isEmpty(), html);
    assertTrue(doc.text().contains("<script>alert(1)</script>"), doc.text());
    assertTrue(doc.text().contains("<img src=x onerror=alert(2)>"), doc.text());
  }

  @Test
  void javascriptAndDataLinksAreNeutralised() {
    Document doc = Jsoup.parseBodyFragment(markdown.toHtml("[klik](javascript:alert(1)) en [b](vbscript:x) en ![i](javascript:alert(3))"));

    doc.select("a[href], img[src]").forEach(e -> {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
      assertFalse(url.toLowerCase().contains("script:"), url);
    });
  }

  @Test
  void siteRelativeLinksGetTheBasePathAndNoNofollow() {
    Document doc = Jsoup.parseBodyFragment(markdown.toHtml("Zie [koken](/competenties/koken/#snijden) en [extern](https://vdab.be/)."));

    assertEquals("/catalogus/competenties/koken/#snijden", doc.select("a").get(0).attr("href"));
    assertEquals("https://vdab.be/", doc.select("a").get(1).attr("href"));
    assertFalse(doc.select("a").get(0).hasAttr("rel"));
  }

  @Test
  void listsStayListsAndTablesRender() {
    Document doc = Jsoup.parseBodyFragment(markdown.toHtml("- een\n- twee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

    assertEquals(2, doc.select("ul > li").size());
    assertEquals(1, doc.select("table td:contains(2)").size());
  }

  @Test
  void plainTextIsCommonmarksTextRenderingOnOneLine() {
    assertEquals("Leer de klant kennen: - luisteren - script volgen Zie \"koken\" (/competenties/koken/). <b>echt</b> \"code\"",
        markdown.toText("Leer **de klant** _kennen_:\n\n- luisteren\n- script  volgen\n\nZie [koken](/competenties/koken/).\n\n<b>echt</b> `code`\n"));
    assertEquals("", markdown.toText("  \n"));
  }

  @Test
  void plainTextKeepsTableCellsApart() {
    String text = markdown.toText("| taak | uren |\n|---|---|\n| bellen | 4 |\n");

    assertTrue(text.matches(".*taak\\W+uren\\W+bellen\\W+4.*"), text);
  }
}
