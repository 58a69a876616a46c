package be.beroepencatalogus.esco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.EscoFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscoCsvTest {
  private static final String HEADER = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n";

  @Test
  void readsEveryOccupationOfEscosCsvWithItsLabelsCodeAndDescription() throws Exception {
    EscoList list = EscoCsv.parse("esco.csv", EscoFixture.text());

    assertEquals(31, list.occupations().size());
    EscoOccupation kok = list.byUri(EscoFixture.KOK).orElseThrow();
    assertEquals("kok", kok.preferredLabel());
    assertEquals("Kok", kok.title());
    assertEquals("5120", kok.iscoGroup());
    assertTrue(kok.altLabels().containsAll(List.of("chef-kok", "kokkin", "sous-chef")), kok.altLabels().toString());
    assertTrue(kok.description().startsWith("Koks zijn culinaire medewerkers"));
  }

  @Test
  void labelsAreFoundWhateverTheirCaseAccentsAndSpacing() throws Exception {
    EscoList list = EscoCsv.parse("esco.csv", EscoFixture.text());

    assertEquals(List.of(EscoFixture.CALLCENTER), list.withLabel("  Medewerker   CALLCENTER ").stream().map(EscoOccupation::uri).toList());
    assertEquals("privékok", list.withLabel("Privekok").get(0).preferredLabel());
    assertEquals(2, list.withLabel("chef-kok").size(), "chefkok and kok both have it");
  }

  @Test
  void aMalformedFileIsReportedAtTheLineOfItsRecord() {
    String unclosed = HEADER + "Occupation,http://x/1,5120,kok,,Koks koken.\nOccupation,http://x/2,5120,\"bakker,,\n";
    EscoCsv.MalformedException e = assertThrows(EscoCsv.MalformedException.class, () -> EscoCsv.parse("esco.csv", unclosed));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("not a valid CSV file"), e.getMessage());

    String narrow = HEADER + "Occupation,http://x/1,5120,kok,,Koks koken.\n\nOccupation,http://x/2,5120\n";
    e = assertThrows(EscoCsv.MalformedException.class, () -> EscoCsv.parse("esco.csv", narrow));
    assertEquals(4, e.line());
    assertEquals("the record has 3 fields, the header 6", e.getMessage());
  }

  @Test
  void aFileWithoutEscosColumnsOrWithABadRecordIsRefused() {
    assertEquals(1, assertThrows(EscoCsv.MalformedException.class, () -> EscoCsv.parse("x.csv", "naam,code\nkok,5120\n")).line());
    assertEquals(1, assertThrows(EscoCsv.MalformedException.class, () -> EscoCsv.parse("x.csv", "")).line());
    EscoCsv.MalformedException badCode = assertThrows(EscoCsv.MalformedException.class,
        () -> EscoCsv.parse("x.csv", HEADER + "Occupation,http://x/1,51x0,kok,,\n"));
    assertEquals(2, badCode.line());
    EscoCsv.MalformedException twice = assertThrows(EscoCsv.MalformedException.class,
        () -> EscoCsv.parse("x.csv", HEADER + "Occupation,http://x/1,5120,kok,,\nOccupation,http://x/1,5120,kok,,\n"));
    assertEquals("the conceptUri http://x/1 is also on line 2", twice.getMessage());
  }

  @Test
  void rowsOfOtherConceptTypesAreSkipped() throws Exception {
    EscoList list = EscoCsv.parse("x.csv", HEADER + "ISCOGroup,http://x/g,5120,koks,,\nOccupation,http://x/1,5120,kok,,\n");
    assertEquals(1, list.occupations().size());
    assertFalse(list.byUri("http://x/g").isPresent());
  }
}
