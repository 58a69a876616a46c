package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.model.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits a competency's Markdown body into its skills: each {@code ##} heading starts a skill, and the
 * Markdown below it (up to the next {@code ##}) is that skill's training actions. Text before the first
 * heading is the competency's introduction. Headings are found by a real Markdown parse, so a {@code ##}
 * inside a code block does not count.
 */
final class SkillSections {
  private static final int MAX_ANCHOR_LENGTH = 60;
  private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("\\s*\\{#([^}]*)\\}\\s*$");

  // Source spans give each heading's line, so a skill's training actions are the lines up to the next heading.
  private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  record Result(String intro, List<Skill> skills) {}

  Result split(SourceFile file, String body, int bodyFirstLine, List<Problem> problems) {
    String[] lines = body.split("\n", -1);
    Document document = (Document) parser.parse(body);
    List<Heading> headings = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h) {
        if (h.getLevel() == 2) {
          headings.add(h);
        } else if (h.getLevel() == 1) {
          problems.add(
              Problem.error(
                  file.at(bodyFirstLine + firstLine(h), 1),
                  "a '#' heading in a competency",
                  "the competency's title is 'title:' in the front matter; start each skill with '## '"));
        }
      }
    }
    String intro = slice(lines, 0, headings.isEmpty() ? lines.length : firstLine(headings.get(0)));
    List<Skill> skills = new ArrayList<>();
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> titleLines = new HashMap<>();
    Map<String, Integer> anchorLines = new HashMap<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      int headingLine = bodyFirstLine + firstLine(heading);
      int end = i + 1 < headings.size() ? firstLine(headings.get(i + 1)) : lines.length;
      String title = plainText(heading);
      String anchor = null;
      Matcher explicit = EXPLICIT_ANCHOR.matcher(title);
      if (explicit.find()) {
        anchor = explicit.group(1);
        title = title.substring(0, explicit.start()).strip();
        if (!Slugs.isValidId(anchor)) {
          problems.add(
              Problem.error(
                  file.at(headingLine, 1),
                  "invalid anchor '{#" + anchor + "}'",
                  "use only a-z, 0-9 and '-', such as {#kennis-van-engels}"));
          anchor = null;
        }
      } else if (title.contains("{#")) {
        problems.add(
            Problem.error(
                file.at(headingLine, 1),
                "malformed anchor '" + title.substring(title.indexOf("{#")) + "'",
                "write it as {#anchor} at the end of the heading"));
      }
      if (anchor == null) {
        anchor = Slugs.fromTitle(title, MAX_ANCHOR_LENGTH);
      }
      // Two skills of one title, or of one anchor, are a slip (a copy left in): a link to the anchor would reach
      // the first only. The second still gets an anchor of its own, as before, for a build that goes on.
      Integer sameTitle = title.isEmpty() ? null : titleLines.putIfAbsent(title, headingLine);
      Integer sameAnchor = anchorLines.putIfAbsent(anchor, headingLine);
      if (sameTitle != null) {
        problems.add(Problem.error(file.at(headingLine, 1), "skill '" + title + "' appears twice, also at line " + sameTitle, "merge the two, or rename one"));
      } else if (sameAnchor != null) {
        problems.add(Problem.error(file.at(headingLine, 1), "duplicate skill anchor '#" + anchor + "', also at line " + sameAnchor, "give each skill its own {#anchor}"));
      }
      anchor = unique(anchor, anchors);
      String actions = slice(lines, lastLine(heading) + 1, end);
      if (title.isEmpty()) {
        problems.add(Problem.error(file.at(headingLine, 1), "a skill heading without a title", null));
      }
      if (actions.isEmpty()) {
        problems.add(
            Problem.error(
                file.at(headingLine, 1),
                "skill '" + title + "' has no training actions",
                "write the training actions as Markdown below the '## ' heading"));
      }
      skills.add(new Skill(title, anchor, actions, file.at(headingLine, 1)));
    }
    return new Result(intro, skills);
  }

  private static String unique(String anchor, Set<String> taken) {
    String candidate = anchor;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = anchor + "-" + n;
    }
    return candidate;
  }

  private static int firstLine(Node node) {
    return node.getSourceSpans().get(0).getLineIndex();
  }

  private static int lastLine(Node node) {
    return node.getSourceSpans().get(node.getSourceSpans().size() - 1).getLineIndex();
  }

  private static String slice(String[] lines, int from, int to) {
    return FrontMatter.join(lines, from, to).strip();
  }

  private static String plainText(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code c) {
            text.append(c.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak b) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak b) {
            text.append(' ');
          }
        });
    return text.toString().strip();
  }
}
