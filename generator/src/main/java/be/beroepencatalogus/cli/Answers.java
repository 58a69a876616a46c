package be.beroepencatalogus.cli;

import java.io.Console;
import java.util.Optional;

/** Where a command reads an author's answer to a question: the terminal, or nowhere when there is none (a script, CI). */
public interface Answers {
  /** The answer typed after {@code question}; empty without a terminal or at the end of input. */
  Optional<String> ask(String question);

  /** The terminal the command runs in, when it runs in one. */
  static Answers console() {
    return question -> {
      Console console = System.console();
      return console == null ? Optional.empty() : Optional.ofNullable(console.readLine("%s", question));
    };
  }
}
