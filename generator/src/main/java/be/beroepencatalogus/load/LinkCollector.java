package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.InternalLink;
import be.beroepencatalogus.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the links of a Markdown text that point inside the site (no scheme, not only a #fragment), with their
 * positions, and reports images that would load from elsewhere: the site loads nothing from other hosts (its
 * Content-Security-Policy would block them, and the PDF renderer must not fetch them).
 */
final class LinkCollector {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final String IMAGE_HINT = "the site loads nothing from other hosts; embed the image as a data: URL";
  private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /** The links of {@code markdown}, which starts at line {@code firstLine} of {@code file}. */
  List<InternalLink> links(SourceFile file, String markdown, int firstLine, List<Problem> problems) {
    return links(markdown, node -> {
      List<SourceSpan> spans = node.getSourceSpans();
      int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
      int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
      return file.at(firstLine + line, column + 1);
    }, problems);
  }

  /** The links of {@code markdown} that is a YAML value, all placed at the value: its lines are not the file's. */
  List<InternalLink> links(String markdown, SourceRef at, List<Problem> problems) {
    return links(markdown, node -> at, problems);
  }

  private List<InternalLink> links(String markdown, Function<Node, SourceRef> position, List<Problem> problems) {
    if (markdown.indexOf('[') < 0) {
      return List.of(); // every link and image, inline or by reference, needs a '['
    }
    List<InternalLink> links = new ArrayList<>();
    parser.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        String target = link.getDestination();
        if (isInternal(target)) {
          links.add(new InternalLink(target, position.apply(link)));
        }
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        String target = image.getDestination();
        if (target == null) {
          return;
        }
        if (isInternal(target)) {
          links.add(new InternalLink(target, position.apply(image)));
        } else if (target.startsWith("//") || target.regionMatches(true, 0, "http:", 0, 5) || target.regionMatches(true, 0, "https:", 0, 6)) {
          problems.add(Problem.error(position.apply(image), "image from another host '" + target + "'", IMAGE_HINT));
        } else if (SCHEME.matcher(target).find() && !target.toLowerCase(Locale.ROOT).startsWith("data:")) {
          problems.add(Problem.error(position.apply(image), "image from outside the site '" + target + "'", IMAGE_HINT));
        }
      }
    });
    return links;
  }

  private static boolean isInternal(String target) {
    return target != null && !target.isEmpty() && !target.startsWith("#") && !SCHEME.matcher(target).find() && !target.startsWith("//");
  }
}
