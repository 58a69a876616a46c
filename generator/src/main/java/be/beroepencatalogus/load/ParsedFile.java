package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.InternalLink;
import java.nio.file.Path;
import java.util.List;

/**
 * One content file as read on its own: the occupation, competency or key skill it defines (null when it
 * could not be read), its problems, and the site links its Markdown makes. The unit that {@code serve}
 * re-reads when a file changes. A folder whose files are not known (it could not be listed, or is a symbolic
 * link) is one too, without an entity: what refers into it is then not reported as missing.
 */
public record ParsedFile(Path file, Record entity, List<Problem> problems, List<InternalLink> links) {
  public ParsedFile {
    problems = List.copyOf(problems);
    links = List.copyOf(links);
  }
}
