package be.beroepencatalogus.cli;

import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.esco.EscoMatcher;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.model.Occupation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code catalog esco ...}: the catalogue against its ESCO list (esco_list in site.yaml). */
@Command(
    name = "esco",
    mixinStandardHelpOptions = true,
    description = "Links occupations to ESCO, the European classification, through the catalogue's ESCO list (esco_list in site.yaml).",
    subcommands = {EscoCommand.Suggest.class, CommandLine.HelpCommand.class})
final class EscoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand: suggest");
  }

  /** For each occupation without {@code esco:}, the ESCO occupations its title and aliases match best, with scores. */
  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      description = "Lists, for each occupation without esco:, the ESCO occupations that match its title and aliases best (score 1.00: the same label), for an author to confirm.")
  static final class Suggest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ContentOption contentOption;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "3", description = "Candidates per occupation (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw new ParameterException(spec.commandLine(), "--limit must be 1 or more");
      }
      Path content = contentOption.existing();
      PrintWriter out = spec.commandLine().getOut();
      Optional<EscoList> list = EscoLists.read(content, spec.commandLine().getErr());
      if (list.isEmpty()) {
        return ExitCodes.CONTENT_ERROR;
      }
      List<Occupation> unlinked = new ContentLoader().load(content).catalogue().occupations().stream()
          .filter(o -> o.esco().isEmpty())
          .sorted(Comparator.comparing((Occupation o) -> o.source().path()).thenComparing(Occupation::id))
          .toList();
      if (unlinked.isEmpty()) {
        out.println("every occupation has an esco: link");
        return ExitCodes.OK;
      }
      try (EscoMatcher matcher = new EscoMatcher(list.get())) {
        for (Occupation occupation : unlinked) {
          List<String> texts = new ArrayList<>();
          texts.add(occupation.title());
          texts.addAll(occupation.aliases());
          List<EscoMatcher.Candidate> candidates = matcher.candidates(texts, limit);
          out.println(occupation.source().path() + ": " + occupation.title());
          if (candidates.isEmpty()) {
            out.println("  no candidates");
          }
          for (EscoMatcher.Candidate candidate : candidates) {
            out.println("  " + EscoChoice.describe(candidate) + "  isco " + candidate.occupation().iscoGroup());
          }
        }
      }
      out.println(unlinked.size() + (unlinked.size() == 1 ? " occupation" : " occupations") + " without esco:. To link one, add the"
          + " candidate you confirm to its front matter: esco: <URI> and isco: \"<code>\" (as listed).");
      return ExitCodes.OK;
    }
  }
}
