package be.beroepencatalogus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines answers as splitting the text at every \n and joining lines again would. */
class LinesTest {
  @Test
  void linesAndSlicesAreThoseOfSplitAndJoin() {
    for (String text : List.of("", "\n", "\n\n", "een", "een\n", "een\ntwee", "een\r\ntwee\r\n", "---\ntitle: x\n---\n\n## a\n\ntekst\n", "\n\nx\n\n")) {
      String[] split = text.split("\n", -1);
      Lines lines = new Lines(text);
      assertEquals(split.length, lines.count(), text);
      for (int i = 0; i < split.length; i++) {
        assertEquals(split[i], lines.line(i), text);
      }
      for (int from = 0; from <= split.length; from++) {
        for (int to = 0; to <= split.length + 1; to++) {
          String joined = String.join("\n", Arrays.copyOfRange(split, Math.min(from, split.length), Math.min(split.length, Math.max(from, to))));
          assertEquals(joined, lines.slice(from, Math.min(to, split.length)), text + " " + from + ".." + to);
        }
      }
    }
  }
}
