package be.beroepencatalogus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.testing.EscoFixture;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextNormaliserTest {
  @TempDir Path dir;

  @Test
  void invisibleCharactersGoSpecialSpacesBecomeSpacesAndTextIsNfc() {
    assertEquals("randapparatuur", TextNormaliser.normalise("rand\u00ADappa\u00ADra\u00ADtuur"));
    assertEquals("klantendienst", TextNormaliser.normalise("klanten\u200Bdienst\u200C\u200D\u2060\uFEFF"));
    assertEquals("6 maanden, 10 %", TextNormaliser.normalise("6\u00A0maanden, 10\u202F%"));
    assertEquals("potenti\u00EBle", TextNormaliser.normalise("potentie\u0308le"));
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "Medewerker callcenter: klachten (ook \u00E9\u00E9n euro \u20AC).";
    assertSame(text, TextNormaliser.normalise(text));
  }

  @Test
  void everyFieldOfAContentFileIsNormalisedOnLoad() {
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: "Kok\u00A0rand\u00ADapparatuur"
        aliases:
          - "keuken\u200Bkok"
        competencies:
          basis:
            - koken
        key_skills:
          - id: hygienisch-werken
            description: De cursist werkt volgens de HACCP-regels.
        ---
        Je bereidt ge\u00ADrechten met potentie\u0308le klanten.
        """);
    LoadResultCheck.noErrors(new ContentLoader().load(site.dir()));
    Occupation kok = new ContentLoader().load(site.dir()).catalogue().occupation("kok").orElseThrow();
    assertEquals("Kok randapparatuur", kok.title());
    assertEquals(List.of("keukenkok"), kok.aliases());
    assertEquals("Je bereidt gerechten met potenti\u00EBle klanten.", kok.descriptionMarkdown());
  }

  /** Small helper so a fixture mistake shows its problems instead of a null pointer. */
  private static final class LoadResultCheck {
    static void noErrors(LoadResult result) {
      assertEquals(List.of(), result.problems().stream().map(p -> p.format()).toList());
    }
  }

  @Test
  void theEscoListIsNormalisedAsItIsReadSoItsLabelsHaveNoSoftHyphens() {
    FixtureSite site = EscoFixture.withList(FixtureSite.minimal(dir.resolve("content")));
    EscoList list = new ContentLoader().load(site.dir()).escoList().orElseThrow();

    assertTrue(list.occupations().stream().flatMap(o -> o.labels().stream()).noneMatch(l -> l.contains("\u00AD")));
    assertEquals(1, list.withLabel("Groothandelaar in computers, randapparatuur en software").size());
  }
}
