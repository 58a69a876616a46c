package be.beroepencatalogus.load;

import be.beroepencatalogus.model.InternalLink;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Finds the links of a Markdown text that point inside the site (no scheme, not only a #fragment), with their positions. */
final class LinkCollector {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  List<InternalLink> links(SourceFile file, String markdown, int firstLine) {
    if (markdown.indexOf('[') < 0) {
      return List.of(); // every link and image, inline or by reference, needs a '['
    }
    List<InternalLink> links = new ArrayList<>();
    parser.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        add(link.getDestination(), link);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        add(image.getDestination(), image);
      }

      private void add(String target, Node node) {
        if (target == null || target.isEmpty() || target.startsWith("#") || SCHEME.matcher(target).find() || target.startsWith("//")) {
          return;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
        int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
        links.add(new InternalLink(target, file.at(firstLine + line, column + 1)));
      }
    });
    return links;
  }
}
