package be.beroepencatalogus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frozen ESCO fixture: 31 real rows of ESCO's occupations in Dutch, under {@code src/test/resources/esco} (see its README). */
public final class EscoFixture {
  public static final Path CSV = Path.of(System.getProperty("user.dir")).resolve("src/test/resources/esco/occupations_nl.csv");
  public static final String KOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e";
  public static final String CHEFKOK = "http://data.europa.eu/esco/occupation/01484951-15e6-4b88-a20f-1201868d36a0";
  public static final String CALLCENTER = "http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19";

  private EscoFixture() {}

  public static String text() {
    try {
      return Files.readString(CSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture site whose site.yaml names the list at {@code esco/occupations_nl.csv}, copied there. */
  public static FixtureSite withList(FixtureSite site) {
    return site.file("esco/occupations_nl.csv", text())
        .file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://example.org/\nesco_list: esco/occupations_nl.csv\n");
  }
}
