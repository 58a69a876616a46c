package be.beroepencatalogus.esco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.testing.EscoFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EscoMatcherTest {
  private final EscoMatcher matcher = new EscoMatcher(list());

  private static EscoList list() {
    try {
      return EscoCsv.parse("esco.csv", EscoFixture.text());
    } catch (EscoCsv.MalformedException e) {
      throw new AssertionError(e);
    }
  }

  @AfterEach
  void close() {
    matcher.close();
  }

  private List<String> labels(String text) {
    return matcher.candidates(List.of(text), 5).stream().map(c -> c.occupation().preferredLabel() + " " + c.shownScore()).toList();
  }

  @Test
  void anExactLabelComesFirstWithScoreOne() {
    List<EscoMatcher.Candidate> found = matcher.candidates(List.of("Medewerker callcenter"), 3);

    assertEquals(EscoFixture.CALLCENTER, found.get(0).occupation().uri());
    assertTrue(found.get(0).exact());
    assertEquals("medewerker callcenter", found.get(0).label());
    assertEquals("1.00", found.get(0).shownScore());
    assertTrue(found.stream().skip(1).noneMatch(EscoMatcher.Candidate::exact));
  }

  @Test
  void dutchStemmingFindsAPluralAndOnlyAnExactLabelScoresOne() {
    EscoMatcher.Candidate first = matcher.candidates(List.of("koks"), 5).get(0);

    assertEquals(EscoFixture.KOK, first.occupation().uri());
    assertFalse(first.exact());
    assertEquals("0.99", first.shownScore());
  }

  @Test
  void scoresFallWithWhatTheLabelsDoNotShare() {
    List<EscoMatcher.Candidate> found = matcher.candidates(List.of("supervisor in een callcenter"), 5);

    assertEquals("supervisor callcenter", found.get(0).occupation().preferredLabel());
    for (int i = 1; i < found.size(); i++) {
      assertTrue(found.get(i).score() <= found.get(i - 1).score(), found.toString());
      assertTrue(found.get(i).score() > 0 && found.get(i).score() < 1, found.toString());
    }
  }

  @Test
  void theOrderIsTheSameOnEveryRun() {
    List<String> first = labels("bakker");
    try (EscoMatcher again = new EscoMatcher(list())) {
      assertEquals(first, again.candidates(List.of("bakker"), 5).stream().map(c -> c.occupation().preferredLabel() + " " + c.shownScore()).toList());
    }
    assertEquals("bakker 1.00", first.get(0));
  }

  @Test
  void aTextWithoutAnyMatchingWordHasNoCandidates() {
    assertEquals(List.of(), labels("astronaut"));
    assertEquals(List.of(), labels("de"));
  }

  @Test
  void theBestOfSeveralTextsCountsPerOccupation() {
    List<EscoMatcher.Candidate> found = matcher.candidates(List.of("Keukenmedewerker", "hoofdkok"), 5);

    assertEquals(EscoFixture.CHEFKOK, found.get(0).occupation().uri());
    assertTrue(found.get(0).exact());
    assertEquals(found.size(), found.stream().map(EscoMatcher.Candidate::occupation).distinct().count());
  }
}
