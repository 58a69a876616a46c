package be.beroepencatalogus.cli;

import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.esco.EscoMatcher;
import be.beroepencatalogus.esco.EscoOccupation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Which ESCO occupation an author means by a label or a concept URI: a URI in the list, or the one occupation with
 * exactly that label, is taken without a question; otherwise the best candidates are listed, numbered with their
 * scores, and the author types a number. Without an answer (no terminal) nothing is chosen, and the author is told how
 * to choose on the command line.
 */
final class EscoChoice {
  static final int CANDIDATES = 5;

  private EscoChoice() {}

  static Optional<EscoOccupation> choose(EscoList list, String wanted, Answers answers, PrintWriter out, PrintWriter err) {
    String text = wanted.strip();
    if (text.startsWith("http://") || text.startsWith("https://")) {
      Optional<EscoOccupation> byUri = list.byUri(text);
      if (byUri.isEmpty()) {
        err.println("error: " + text + " is not in the ESCO list " + list.file());
      }
      return byUri;
    }
    if (list.withLabel(text).size() == 1) {
      return Optional.of(list.withLabel(text).get(0));
    }
    List<EscoMatcher.Candidate> candidates;
    try (EscoMatcher matcher = new EscoMatcher(list)) {
      candidates = matcher.candidates(List.of(text), CANDIDATES);
    }
    if (candidates.isEmpty()) {
      err.println("error: no ESCO occupation matches '" + text + "': try another word, or look it up on esco.ec.europa.eu and pass its URI with --esco");
      return Optional.empty();
    }
    out.println("ESCO occupations for '" + text + "':");
    for (int i = 0; i < candidates.size(); i++) {
      out.println("  " + (i + 1) + ". " + describe(candidates.get(i)));
    }
    out.flush();
    Optional<String> answer = answers.ask("Which one (1-" + candidates.size() + ")? ").map(String::strip).filter(a -> !a.isEmpty());
    if (answer.isEmpty()) {
      err.println("error: nothing chosen: run again with --esco and the exact label or the concept URI of one of the occupations above");
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(answer.get());
      if (number >= 1 && number <= candidates.size()) {
        return Optional.of(candidates.get(number - 1).occupation());
      }
    } catch (NumberFormatException e) {
      // reported below, as a number out of range is
    }
    err.println("error: '" + answer.get() + "' is not a number from 1 to " + candidates.size() + ": nothing written");
    return Optional.empty();
  }

  /** {@code 0.87  kok (chef-kok)  http://...}: the score, the preferred label, the label that matched if another, the URI. */
  static String describe(EscoMatcher.Candidate candidate) {
    EscoOccupation occupation = candidate.occupation();
    String via = candidate.label().equals(occupation.preferredLabel()) ? "" : " (" + candidate.label() + ")";
    return candidate.shownScore() + "  " + occupation.preferredLabel() + via + "  " + occupation.uri();
  }
}
