package be.beroepencatalogus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content/synoniemen.yaml: checked with positions, and used when indexing, for the CLI and the browser alike. */
class SynonymsTest {
  @TempDir Path dir;

  private List<String> search(CheckResult check, String query) throws Exception {
    try (SearchIndex index = SearchIndex.build(new SearchDocs().of(check.catalogue()), new ByteBuffersDirectory())) {
      return new SearchEngine(index).search(query, 10, Optional.empty()).hits().stream().map(h -> h.doc().path()).toList();
    }
  }

  @Test
  void aTermFindsThePagesOfItsSynonymsAndAOneWayRuleOnlyOneWay() throws Exception {
    CheckResult check = new SiteBuilder().check(FixtureSite.minimal(dir).file("synoniemen.yaml", """
        # comment
        - chef = kok = "head cook"
        - kookpiet -> gerecht
        """).dir());
    assertEquals(List.of(), check.problems().stream().map(Problem::format).toList());

    assertEquals(List.of("/beroepen/kok/"), search(check, "chef"));
    assertEquals(List.of("/beroepen/kok/"), search(check, "head cook"), "a term of two words");
    assertTrue(search(check, "kookpiet").contains("/beroepen/kok/"), "the text's 'gerechten' has the stem of 'gerecht'");
    assertTrue(search(check, "gerecht").stream().noneMatch(p -> p.contains("kookpiet")));
    assertEquals(List.of(), search(check, "piet"), "nothing but whole terms is added");

    // The browser's dictionary has the synonym as a word, so the browser finds it too.
    new BrowserIndexWriter().write(new SearchDocs().of(check.catalogue()), new Messages("nl"), new SiteOutput(dir.resolve("site")));
    assertTrue(BrowserIndexScoresTest.read(dir.resolve("site/zoeken/index/w")).containsKey("chef"));
  }

  @Test
  void checkReportsEachBadRuleAtItsLine() {
    CheckResult check = new SiteBuilder().check(FixtureSite.minimal(dir).file("synoniemen.yaml", """
        - chef = kok
        - chef =
        verkeerd
        - a -> b -> c
        - kok = Kok
        - a = b -> c
        - chef = kok
        """).dir());
    String file = dir.resolve("synoniemen.yaml").toString();
    assertEquals(List.of(
        file + ":2:3: error: an empty term in 'chef ='",
        file + ":3:1: error: a synonym rule must be a list item",
        file + ":4:3: error: a one-way rule has one term on each side of '->'",
        file + ":5:3: error: 'Kok' is twice in the same rule",
        file + ":6:3: error: a rule uses either '=' or '->', not both",
        file + ":7:3: warning: this rule is already in the file"),
        check.problems().stream().map(p -> p.format().replaceAll(" \\(.*\\)$", "")).toList());
  }
}
