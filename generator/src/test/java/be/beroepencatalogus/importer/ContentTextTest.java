package be.beroepencatalogus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.importer.ImportedPlan.TextBlock;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Urls;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Imported text is written so that the site shows it as typed: nothing in it becomes a heading, a list, a link or markup. */
class ContentTextTest {
  private final MarkdownHtml markdown = new MarkdownHtml(new Urls("/"));

  @Test
  void wordsThatLookLikeMarkdownStayWords() {
    List<String> texts = List.of("# geen kop", "1. geen genummerde lijst", "- geen lijst", "> geen citaat", "<b>vet</b> & <script>x</script>",
        "*geen nadruk* en _ook niet_", "[geen link](http://example.org)", "a\\b `code`", "---", "12) twaalf", "+ plus", "| kolom |");
    for (String text : texts) {
      Document html = Jsoup.parseBodyFragment(markdown.toHtml(ContentText.markdown(List.of(new TextBlock(text, false)))));
      assertEquals(1, html.body().children().size(), text);
      assertEquals("p", html.body().child(0).tagName(), text);
      assertEquals(text, html.body().child(0).text(), text);
    }
  }

  @Test
  void listItemsBecomeOneListBetweenParagraphs() {
    String md = ContentText.markdown(List.of(new TextBlock("Aanbrengen:", false), new TextBlock("Eerst", true), new TextBlock("Dan", true),
        new TextBlock("Daarna een alinea.", false)));
    assertEquals("Aanbrengen:\n\n- Eerst\n- Dan\n\nDaarna een alinea.", md);
  }

  @Test
  void yamlStringsKeepQuotesBackslashesAndControlCharactersInert() {
    assertEquals("\"Zeg \\\"ja\\\" \\\\ nee\\x07\"", ContentText.yaml("Zeg \"ja\" \\ nee\u0007"));
  }

  @Test
  void aHeadingKeepsWhatWouldEndItOrGiveItAnAnchor() {
    assertEquals("C# en F\\#", ContentText.heading("C# en F#"));
    assertEquals("Titel \\{#anker}", ContentText.heading("Titel {#anker}"));
  }
}
