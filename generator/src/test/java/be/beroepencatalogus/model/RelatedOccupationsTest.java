package be.beroepencatalogus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which occupations an occupation's page calls related, and why. */
class RelatedOccupationsTest {
  private static final SourceRef HERE = SourceRef.file("test");

  private static Occupation occupation(String id, String isco, String... competencyIds) {
    List<CompetencyUse> uses = Arrays.stream(competencyIds).map(c -> new CompetencyUse(c, Group.BASIS, HERE)).toList();
    return new Occupation(id, id.substring(0, 1).toUpperCase() + id.substring(1), List.of(), "", "", "", isco, "", uses, List.of(), HERE);
  }

  private static Competency competency(String id) {
    return new Competency(id, "Competentie " + id, "", List.of(new Skill("Vaardigheid", "vaardigheid", "", HERE)), HERE);
  }

  private static Catalogue catalogue(List<Occupation> occupations, String... competencyIds) {
    SiteSettings settings = new SiteSettings("T", "nl", "/", "", "", java.util.Optional.empty(), HERE);
    return new Catalogue(settings, occupations, Arrays.stream(competencyIds).map(RelatedOccupationsTest::competency).toList(), List.of());
  }

  private static List<String> ids(List<RelatedOccupations.Related> related) {
    return related.stream().map(r -> r.occupation().id()).toList();
  }

  @Test
  void aRareSharedCompetencyWeighsMoreThanTwoThatEveryoneHas() {
    List<Occupation> occupations = new ArrayList<>(List.of(
        occupation("kok", "", "veiligheid", "hygiene", "koken"),
        occupation("bakker", "", "veiligheid", "hygiene"),
        occupation("traiteur", "", "koken")));
    for (int i = 0; i < 10; i++) {
      occupations.add(occupation("ander" + i, "", "veiligheid", "hygiene"));
    }
    Catalogue catalogue = catalogue(occupations, "veiligheid", "hygiene", "koken");

    List<RelatedOccupations.Related> related = new RelatedOccupations(catalogue).of(catalogue.occupation("kok").orElseThrow());

    assertEquals("traiteur", related.get(0).occupation().id(), ids(related).toString());
    assertEquals(List.of("koken"), related.get(0).shared().stream().map(Competency::id).toList());
    assertEquals(RelatedOccupations.LIMIT, related.size());
    // Those sharing the two common competencies follow in title order, each naming both, the rarer first.
    assertEquals(List.of("ander0", "ander1", "ander2", "ander3", "ander4"), ids(related).subList(1, 6));
    assertEquals(2, related.get(1).shared().size());
  }

  @Test
  void theSameIscoUnitGroupFillsUpAfterSharedCompetenciesAndBreaksTies() {
    Catalogue catalogue = catalogue(List.of(
        occupation("kok", "5120", "koken"),
        occupation("bakker", "7512", "koken"),
        occupation("traiteur", "5120", "koken"),
        occupation("hulpkok", "5120"),
        occupation("kapper", "5141")), "koken");

    List<RelatedOccupations.Related> related = new RelatedOccupations(catalogue).of(catalogue.occupation("kok").orElseThrow());

    assertEquals(List.of("traiteur", "bakker", "hulpkok"), ids(related));
    assertTrue(related.get(0).sameIscoGroup());
    assertFalse(related.get(1).sameIscoGroup());
    assertTrue(related.get(2).shared().isEmpty());
    assertTrue(related.get(2).sameIscoGroup());
  }

  @Test
  void anOccupationWithNothingInCommonHasNoRelatedOccupationsAndNeverItself() {
    Catalogue catalogue = catalogue(List.of(occupation("kok", "", "koken"), occupation("kapper", "", "knippen")), "koken", "knippen");

    assertEquals(List.of(), new RelatedOccupations(catalogue).of(catalogue.occupation("kok").orElseThrow()));
  }

  @Test
  void aShortIscoCodeIsNoUnitGroup() {
    Catalogue catalogue = catalogue(List.of(occupation("kok", "51"), occupation("kapper", "51")));

    assertEquals(List.of(), new RelatedOccupations(catalogue).of(catalogue.occupation("kok").orElseThrow()));
  }
}
