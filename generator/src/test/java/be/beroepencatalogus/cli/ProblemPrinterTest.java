package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SourceRef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemPrinterTest {

  private static String print(Problem problem, ProblemPrinter.Format format) {
    StringWriter out = new StringWriter();
    ProblemPrinter.print(List.of(problem), format, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aFileNameCannotForgeAnnotationsOrWorkflowCommands() {
    Problem problem = Problem.error(new SourceRef("competenties/a,line=99\n::warning file=x::forged%0A.md", 3, 7),
        "unknown key '50%\r\n::add-mask::x'", "fix: it, now");

    assertEquals("::error file=competenties/a%2Cline=99%0A%3A%3Awarning file=x%3A%3Aforged%250A.md,line=3,col=7"
        + "::unknown key '50%25%0D%0A::add-mask::x' (fix: it, now)\n", print(problem, ProblemPrinter.Format.github));
  }

  @Test
  void terminalEscapeSequencesFromContentArePrintedVisibly() {
    Problem problem = Problem.error(new SourceRef("beroepen/\u001b]0;titel\u0007.md", 2, 1),
        "invalid competency id '\u001b[2J\u009b31m\u202e'", "ids use\tonly a-z");

    assertEquals("beroepen/\\u001b]0;titel\\u0007.md:2:1: error: invalid competency id '\\u001b[2J\\u009b31m\\u202e' (ids use\\u0009only a-z)\n",
        print(problem, ProblemPrinter.Format.text));
    assertEquals("::error file=beroepen/\\u001b]0;titel\\u0007.md,line=2,col=1::invalid competency id '\\u001b[2J\\u009b31m\\u202e' (ids use\\u0009only a-z)\n",
        print(problem, ProblemPrinter.Format.github));
  }
}
