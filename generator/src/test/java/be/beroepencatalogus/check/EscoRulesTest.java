package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.EscoFixture;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscoRulesTest {
  @TempDir Path dir;

  private List<String> check(FixtureSite site) {
    return new SiteBuilder().check(site.dir()).problems().stream().map(Problem::format).toList();
  }

  private static String kok(String esco, String isco) {
    return """
        ---
        title: Kok
        aliases: [keukenkok]
        esco: %s
        isco: "%s"
        competencies:
          basis:
            - koken
        key_skills:
          - id: hygienisch-werken
            description: De cursist werkt volgens de HACCP-regels.
        ---

        Je bereidt gerechten.
        """.formatted(esco, isco);
  }

  private FixtureSite site(String occupation) {
    return EscoFixture.withList(FixtureSite.minimal(dir.resolve("content"))).file("beroepen/kok.md", occupation);
  }

  @Test
  void aKnownUriWithItsIscoGroupOrAGroupContainingItPasses() {
    assertEquals(List.of(), check(site(kok(EscoFixture.KOK, "5120"))));
    assertEquals(List.of(), check(site(kok(EscoFixture.KOK, "51"))));
  }

  @Test
  void theListInTheContentFolderIsNotContent() {
    assertEquals(List.of(), check(site(kok(EscoFixture.KOK, "5120")).file("esco/NOTICE.txt", "ESCO, European Commission")
        .file("beroepen/lijst.csv", "a,b\n")));
  }

  @Test
  void anUnknownUriIsAnErrorAtItsKeyWithTheOccupationsBestMatchByLabel() {
    String unknown = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000";
    FixtureSite site = site(kok(unknown, "5120"));

    assertEquals(List.of(site.dir().resolve("beroepen/kok.md") + ":4:7: error: unknown esco '" + unknown + "': not in the ESCO list "
        + site.dir().resolve("esco/occupations_nl.csv") + " (did you mean " + EscoFixture.KOK + " (kok)?)"), check(site));
  }

  @Test
  void anIscoCodeOtherThanTheListsIsAWarningAtItsKey() {
    FixtureSite site = site(kok(EscoFixture.KOK, "3434"));

    assertEquals(List.of(site.dir().resolve("beroepen/kok.md") + ":5:7: warning: isco '3434' differs from the ESCO list's ISCO group 5120 for kok"
        + " (write 'isco: \"5120\"', or a group that contains it)"), check(site));
  }

  @Test
  void withoutAListOnlyTheShapeIsChecked() {
    String unknown = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000";
    assertEquals(List.of(), check(FixtureSite.minimal(dir).file("beroepen/kok.md", kok(unknown, "9999"))));
  }

  @Test
  void aListOutsideTheContentFolderIsNeverRead() throws Exception {
    Files.writeString(dir.resolve("outside.csv"), EscoFixture.text());
    Path content = dir.resolve("content");
    String settings = "title: T\nesco_list: %s\n";
    FixtureSite site = FixtureSite.minimal(content);
    String yaml = content.resolve("site.yaml").toString();

    assertEquals(List.of(yaml + ":2:12: error: esco_list '../outside.csv' is not inside the content folder (write the path of ESCO's occupations CSV"
        + " relative to the content folder, such as 'esco_list: esco/occupations_nl.csv')"), check(site.file("site.yaml", settings.formatted("../outside.csv"))));
    assertTrue(check(site.file("site.yaml", settings.formatted(dir.resolve("outside.csv")))).get(0).startsWith(yaml + ":2:12: error: esco_list '/"));
    Files.createSymbolicLink(content.resolve("esco.csv"), dir.resolve("outside.csv"));
    assertEquals(List.of(yaml + ":2:12: error: the ESCO list " + content.resolve("esco.csv")
        + " is a symbolic link out of the content folder, not read (only files inside the content folder are read: copy what it points to into the folder instead)"),
        check(site.file("site.yaml", settings.formatted("esco.csv"))));
  }

  @Test
  void aMissingHiddenOrOddListIsAnErrorAtTheSetting() throws Exception {
    Path content = dir.resolve("content");
    FixtureSite site = FixtureSite.minimal(content);
    String yaml = content.resolve("site.yaml").toString();
    String settings = "title: T\nesco_list: %s\n";

    assertEquals(List.of(yaml + ":2:12: error: the ESCO list " + content.resolve("esco/x.csv") + " does not exist (put ESCO's occupations CSV there, or correct the path)"),
        check(site.file("site.yaml", settings.formatted("esco/x.csv"))));
    assertTrue(check(site.file(".esco/x.csv", "").file("site.yaml", settings.formatted(".esco/x.csv"))).get(0)
        .startsWith(yaml + ":2:12: error: esco_list '.esco/x.csv' is a hidden path, not read"));
    assertTrue(check(site.file("site.yaml", settings.formatted("beroepen"))).get(0)
        .startsWith(yaml + ":2:12: error: the ESCO list " + content.resolve("beroepen") + " is not a regular file"));
  }

  @Test
  void aSymbolicLinkThatStaysInsideTheContentFolderIsRead() throws Exception {
    FixtureSite site = site(kok(EscoFixture.KOK, "5120"));
    Files.createSymbolicLink(site.dir().resolve("lijst.csv"), site.dir().resolve("esco/occupations_nl.csv"));
    site.file("site.yaml", "title: T\nesco_list: lijst.csv\n");

    assertEquals(List.of(), check(site));
  }

  @Test
  void aMalformedListIsOneErrorAtItsLine() {
    FixtureSite site = site(kok(EscoFixture.KOK, "5120"))
        .file("esco/occupations_nl.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://x/1,5120,kok\nhttp://x/2,\"5120,bakker\n");

    assertEquals(List.of(site.dir().resolve("esco/occupations_nl.csv") + ":3:1: error: invalid ESCO list: not a valid CSV file: Missing closing quote for value"),
        check(site));
  }

  @Test
  void aListThatIsNotUtf8IsAnErrorAtTheBadByte() {
    FixtureSite site = site(kok(EscoFixture.KOK, "5120"))
        .bytes("esco/occupations_nl.csv", "conceptUri,iscoGroup,preferredLabel\nhttp://x/1,5120,k\u00f6k\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertEquals(List.of(site.dir().resolve("esco/occupations_nl.csv") + ":2:18: error: the ESCO list is not valid UTF-8 (download ESCO's CSV again, in UTF-8)"),
        check(site));
  }
}
