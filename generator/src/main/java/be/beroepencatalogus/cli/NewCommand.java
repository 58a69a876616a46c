package be.beroepencatalogus.cli;

import be.beroepencatalogus.esco.EscoLabels;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.esco.EscoOccupation;
import be.beroepencatalogus.importer.ContentText;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.NewSource;
import be.beroepencatalogus.model.Competency;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Creates a new, commented source file with an id made from the title (\"Potentiële klanten\" -> potentiele-klanten). Never overwrites.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "occupation, competency or key-skill")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TITLE", description = "The title, in quotes (with --esco: ESCO's preferred label when left out).")
  String title;

  @Option(names = "--esco", paramLabel = "LABEL", description = "An occupation filled in from the catalogue's ESCO list (esco_list in site.yaml): "
      + "its label or concept URI; a label that is not exactly one occupation's lists the best matches to choose from.")
  String esco;

  @ParentCommand Main main;

  @Mixin ContentOption contentOption;

  @Override
  public Integer call() throws Exception {
    Path content = contentOption.existing();
    NewSource.Kind chosen = switch (kind) {
      case "occupation" -> NewSource.Kind.OCCUPATION;
      case "competency" -> NewSource.Kind.COMPETENCY;
      case "key-skill" -> NewSource.Kind.KEY_SKILL;
      default -> throw new ParameterException(spec.commandLine(), "unknown kind '" + kind + "': use occupation, competency or key-skill");
    };
    if (esco != null && chosen != NewSource.Kind.OCCUPATION) {
      throw new ParameterException(spec.commandLine(), "--esco is for occupations only");
    }
    if (esco == null && title == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'TITLE'");
    }
    Optional<EscoOccupation> reference = Optional.empty();
    if (esco != null) {
      Optional<EscoList> list = EscoLists.read(content, spec.commandLine().getErr());
      reference = list.flatMap(l -> EscoChoice.choose(l, esco, main.answers, spec.commandLine().getOut(), spec.commandLine().getErr()));
      if (reference.isEmpty()) {
        return ExitCodes.CONTENT_ERROR;
      }
    }
    List<String> competencies = new ContentLoader().load(content).catalogue().competencies().stream().map(Competency::id).sorted().toList();
    try {
      Path file = reference.isPresent()
          ? NewSource.createOccupation(content, title == null ? reference.get().title() : title, prefill(reference.get(), title), competencies)
          : NewSource.create(content, chosen, title, competencies);
      spec.commandLine().getOut().println(file);
      return ExitCodes.OK;
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("error: " + e.getFile() + " already exists; choose another title or edit that file");
      return ExitCodes.CONTENT_ERROR;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** ESCO's labels other than the title as aliases, its description as Markdown paragraphs, and its codes. */
  private static NewSource.Prefill prefill(EscoOccupation occupation, String title) {
    String titleKey = EscoLabels.key(title == null ? occupation.title() : title);
    List<String> aliases = occupation.labels().stream().filter(l -> !EscoLabels.key(l).equals(titleKey)).distinct().toList();
    String description = Arrays.stream(occupation.description().split("\n"))
        .map(String::strip).filter(p -> !p.isEmpty()).map(ContentText::paragraph).collect(Collectors.joining("\n\n"));
    return new NewSource.Prefill(aliases, description, occupation.uri(), occupation.iscoGroup());
  }
}
