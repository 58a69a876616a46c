package be.beroepencatalogus.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingActionsTest {
  @Test
  void everyListItemAndParagraphIsOneActionOnOneLine() {
    assertEquals(List.of("Stap voor stap alle velden toelichten.", "Collega observeren", "Laten uitvoeren onder toezicht van collega",
            "Feedback geven", "Tot slot: een gesprek."),
        TrainingActions.split("""
            Stap voor stap alle velden
            toelichten.

            - Collega observeren
            - Laten uitvoeren onder
              toezicht van collega
            * Feedback geven

            1. Tot slot:   een gesprek.
            """));
  }

  @Test
  void theEditScriptKeepsWhatStaysAndRemovesBeforeItAdds() {
    List<TrainingActions.Edit> edits = TrainingActions.edits(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d", "e"));

    assertEquals(List.of(
        new TrainingActions.Edit(TrainingActions.Op.KEEP, "a"),
        new TrainingActions.Edit(TrainingActions.Op.REMOVE, "b"),
        new TrainingActions.Edit(TrainingActions.Op.ADD, "x"),
        new TrainingActions.Edit(TrainingActions.Op.KEEP, "c"),
        new TrainingActions.Edit(TrainingActions.Op.KEEP, "d"),
        new TrainingActions.Edit(TrainingActions.Op.ADD, "e")), edits);
  }
}
