package be.beroepencatalogus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The theme's table of Dutch ISCO-08 group names. */
class IscoGroupsTest {
  static final List<String> SUB_MAJOR = List.of("01", "02", "03", "11", "12", "13", "14", "21", "22", "23", "24", "25", "26",
      "31", "32", "33", "34", "35", "41", "42", "43", "44", "51", "52", "53", "54", "61", "62", "63", "71", "72", "73", "74", "75",
      "81", "82", "83", "91", "92", "93", "94", "95", "96");

  @Test
  void theThemeNamesAllTenMajorAndFortyThreeSubMajorGroupsAndSaysWhereTheNamesComeFrom() {
    IscoGroups groups = IscoGroups.fromTheme();

    IntStream.range(0, 10).forEach(major -> assertTrue(groups.name(String.valueOf(major)).isPresent(), "major group " + major));
    assertEquals(43, SUB_MAJOR.size());
    SUB_MAJOR.forEach(code -> assertTrue(groups.name(code).isPresent(), "sub-major group " + code));
    assertEquals("2 Intellectuele, wetenschappelijke en artistieke beroepen", groups.label("2"));
    assertEquals("2654", groups.label("2654"));
    assertTrue(ThemeResources.text(IscoGroups.TABLE).startsWith("# ISCO-08"));
    assertTrue(ThemeResources.text(IscoGroups.TABLE).contains("ESCO"));
  }

  @Test
  void aCodeBelongsToTheGroupsOfItsPrefixes() {
    assertEquals(List.of("2", "26", "265", "2654"), IscoGroups.chain("2654"));
    assertEquals(List.of("4"), IscoGroups.chain("4"));
  }

  @Test
  void aMalformedLineIsAThemeError() {
    assertEquals(Optional.of("Naam"), IscoGroups.parse("# kop\n\n1\tNaam\r\n").name("1"));
    assertThrows(IllegalStateException.class, () -> IscoGroups.parse("1 Naam zonder tab\n"));
    assertThrows(IllegalStateException.class, () -> IscoGroups.parse("x1\tNaam\n"));
  }
}
