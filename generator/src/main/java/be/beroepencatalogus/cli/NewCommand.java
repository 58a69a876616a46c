package be.beroepencatalogus.cli;

import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.NewSource;
import be.beroepencatalogus.model.Competency;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes.")
  String title;

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
    List<String> competencies = new ContentLoader().load(content).catalogue().competencies().stream().map(Competency::id).sorted().toList();
    try {
      Path file = NewSource.create(content, chosen, title, competencies);
      spec.commandLine().getOut().println(file);
      return ExitCodes.OK;
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("error: " + e.getFile() + " already exists; choose another title or edit that file");
      return ExitCodes.CONTENT_ERROR;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
