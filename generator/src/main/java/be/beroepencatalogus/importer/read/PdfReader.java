package be.beroepencatalogus.importer.read;

import be.beroepencatalogus.importer.read.PdfLines.Chunk;
import be.beroepencatalogus.importer.read.PdfLines.Line;
import be.beroepencatalogus.importer.read.PlanDocument.Block;
import be.beroepencatalogus.importer.read.PlanDocument.Cell;
import be.beroepencatalogus.importer.read.PlanDocument.Paragraph;
import be.beroepencatalogus.importer.read.PlanDocument.Row;
import be.beroepencatalogus.importer.read.PlanDocument.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a PDF plan from the positions of its text, as a reader sees the page: a competency table is found by its
 * header row, whose four labels give the columns; a row starts where the first column starts a line after a row
 * gap; a cell's lines make one paragraph until a line would have fitted on the line before (or a bullet starts,
 * or a paragraph gap opens). Outside tables the same holds for the page's text. A row split over two pages, with the
 * header repeated, continues.
 */
final class PdfReader {
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^((?:[abc]\\s*\\.\\s*)?(job\\p{L}*\\s+competenties\\s*:\\s*(basis|spec(ifiek|\\uFB01ek))|sleutelvaardigheden)|(?:2\\s*\\.\\s*)?geplande\\s+opleidingsacties"
          + "|(?:3\\s*\\.\\s*)?handtekeningen)$");
  private static final Set<String> HEADER_WORDS = Set.of("onderliggende", "kennis", "en", "vaardigheden", "opleidingsacties", "voorziene", "einddatum", "afgewerkt", "op");
  private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25CF\\u25E6\\u25AA\\u25A0\\uF0B7\\uF0A7\\u2013-]$|^[\\u2022\\u25CF\\u25E6\\u25AA\\u25A0\\uF0B7\\uF0A7]\\s");

  private List<Line> lines;
  private List<PdfRules.Rule> rules;
  /** The lowest line of text on any page, and the right end of the longest: where the text area ends. */
  private float textBottom;
  private float textRight;

  PlanDocument read(Path file) throws IOException, UnreadablePlanException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      lines = PdfLines.of(document);
      rules = PdfRules.of(document);
    }
    textBottom = (float) lines.stream().mapToDouble(Line::y).max().orElse(0);
    if (lines.isEmpty()) {
      throw new UnreadablePlanException("the PDF holds no text (a scan?); import the Word file, or a PDF made from it");
    }
    List<Block> blocks = new ArrayList<>();
    List<Line> paragraph = new ArrayList<>();
    textRight = (float) lines.stream().mapToDouble(Line::endX).max().orElse(0);
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (isSkillHeader(line) || isKeySkillHeader(line)) {
        flush(paragraph, blocks);
        i = isSkillHeader(line) ? skillsTable(i, blocks) : keySkillsTable(i, blocks);
        continue;
      }
      if (!paragraph.isEmpty() && startsParagraph(paragraph.get(paragraph.size() - 1), line, textRight)) {
        flush(paragraph, blocks);
      }
      paragraph.add(line);
      i++;
    }
    flush(paragraph, blocks);
    return new PlanDocument(file.getFileName().toString(), blocks);
  }

  private static String where(Line line) {
    return "pagina " + line.page();
  }

  private static void flush(List<Line> paragraph, List<Block> blocks) {
    if (!paragraph.isEmpty()) {
      blocks.add(new Paragraph(join(paragraph), false, where(paragraph.get(0))));
      paragraph.clear();
    }
  }

  private static String join(List<Line> lines) {
    StringBuilder text = new StringBuilder();
    for (Line line : lines) {
      String t = line.text();
      if (text.length() > 0) {
        // A word broken at a hyphen at the end of a line is joined without a space; "hard- en software" keeps it.
        boolean hyphen = text.charAt(text.length() - 1) == '-' && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2))
            && !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && !t.startsWith("en ") && !t.startsWith("of ");
        if (!hyphen) {
          text.append(' ');
        }
      }
      text.append(t);
    }
    return text.toString();
  }

  /** Whether {@code line} starts a new paragraph after {@code previous} in a column whose text ends at {@code right}. */
  private boolean startsParagraph(Line previous, Line line, float right) {
    if (Math.abs(line.height() - previous.height()) > 0.5f) {
      return true; // a heading, or text after one
    }
    if (line.page() != previous.page()) {
      // Across a page break the gap is gone. A paragraph ended when its next word would have fitted, when the
      // line closed a sentence, or when the page had room for another line and the next one starts a sentence.
      boolean room = previous.y() + lead(previous, line) < textBottom;
      return fitsAfter(previous, line, right) || previous.text().matches(".*[.:!?]$")
          || room && Character.isUpperCase(line.text().charAt(0));
    }
    float gap = line.y() - previous.y();
    return gap > lead(previous, line) * 1.3f || bullet(line) || fitsAfter(previous, line, right);
  }

  /** The first word of {@code line} would have fitted at the end of {@code previous}: a word processor put it there. */
  private static boolean fitsAfter(Line previous, Line line, float right) {
    Chunk first = line.chunks().get(0);
    float space = line.height() * 0.3f;
    // A font-size of slack: word processors leave some room at a line's end (hyphenation zones, justification).
    return previous.endX() + space + (first.firstWordEndX() - first.x()) < right - line.height();
  }

  private static boolean bullet(Line line) {
    return BULLET.matcher(line.chunks().get(0).text()).find();
  }

  private static boolean isSkillHeader(Line line) {
    String text = line.text().toLowerCase(Locale.ROOT);
    return text.startsWith("onderliggende") && text.contains("opleidingsacties");
  }

  private static boolean isKeySkillHeader(Line line) {
    return line.chunks().get(0).text().equalsIgnoreCase("sleutelvaardigheid");
  }

  private static boolean isHeaderContinuation(Line line) {
    for (String word : line.text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!HEADER_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Column starts from the header row's labels. */
  private static List<Float> columns(Line header) {
    List<Float> starts = new ArrayList<>();
    for (Chunk chunk : header.chunks()) {
      String t = chunk.text().toLowerCase(Locale.ROOT);
      if (t.startsWith("onderliggende") || t.startsWith("opleidingsacties") || t.startsWith("voorziene") || t.startsWith("afgewerkt")) {
        starts.add(chunk.x());
      }
    }
    return starts;
  }

  private int skillsTable(int start, List<Block> blocks) {
    Line header = lines.get(start);
    List<Float> starts = columns(header);
    int i = skipHeader(start);
    List<List<Line>> rowLines = new ArrayList<>();
    while (i < lines.size()) {
      Line line = lines.get(i);
      boolean firstOnPage = lines.get(i - 1).page() != line.page();
      if (isSkillHeader(line) && firstOnPage) {
        i = skipHeader(i); // the header repeated on a new page
        continue;
      }
      if (isSkillHeader(line) || HEADING.matcher(line.text()).matches() || crossesColumns(line, starts) || titleOfNextTable(i)) {
        break;
      }
      if (rowLines.isEmpty() || startsRow(rowLines.get(rowLines.size() - 1), withNeighbour(i), starts)) {
        rowLines.add(new ArrayList<>());
      }
      rowLines.get(rowLines.size() - 1).add(line);
      i++;
    }
    blocks.add(table(header, starts, rowLines, "onderliggende"));
    return i;
  }

  private int keySkillsTable(int start, List<Block> blocks) {
    Line header = lines.get(start);
    int i = start + 1;
    List<Line> body = new ArrayList<>();
    while (i < lines.size() && !isSkillHeader(lines.get(i)) && !HEADING.matcher(lines.get(i).text()).matches()) {
      boolean repeatedHeader = isKeySkillHeader(lines.get(i)) && lines.get(i - 1).page() != lines.get(i).page();
      if (!repeatedHeader) {
        body.add(lines.get(i));
      }
      i++;
    }
    float first = header.x();
    float second = Float.MAX_VALUE;
    for (Line line : body) {
      for (Chunk chunk : line.chunks()) {
        if (chunk.x() > first + 30 && chunk.x() < second) {
          second = chunk.x();
        }
      }
    }
    List<Float> starts = second == Float.MAX_VALUE ? List.of(first) : List.of(first, second);
    List<List<Line>> rowLines = new ArrayList<>();
    for (Line line : body) {
      if (rowLines.isEmpty() || startsRow(rowLines.get(rowLines.size() - 1), line, starts)) {
        rowLines.add(new ArrayList<>());
      }
      rowLines.get(rowLines.size() - 1).add(line);
    }
    blocks.add(table(header, starts, rowLines, "sleutelvaardigheid"));
    return i;
  }

  private int skipHeader(int index) {
    int i = index + 1;
    while (i < lines.size() && lines.get(i).page() == lines.get(index).page() && isHeaderContinuation(lines.get(i))) {
      i++;
    }
    return i;
  }

  /**
   * The line at {@code index} with the chunks of the next line when that one is less than half a line lower: cells of
   * one row whose first lines a renderer set on slightly different baselines.
   */
  private Line withNeighbour(int index) {
    Line line = lines.get(index);
    if (index + 1 < lines.size()) {
      Line next = lines.get(index + 1);
      if (next.page() == line.page() && next.y() - line.y() < line.height() * 0.6f) {
        List<Chunk> chunks = new ArrayList<>(line.chunks());
        chunks.addAll(next.chunks());
        chunks.sort(java.util.Comparator.comparingDouble(Chunk::x));
        return new Line(line.page(), line.y(), line.height(), line.pageHeight(), chunks);
      }
    }
    return line;
  }

  /** A line with a chunk running over a column's start is no table line (a competency's title, a heading). */
  private static boolean crossesColumns(Line line, List<Float> starts) {
    for (Chunk chunk : line.chunks()) {
      for (int c = 1; c < starts.size(); c++) {
        if (chunk.x() < starts.get(c) - 2 && chunk.endX() > starts.get(c) + 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** A line right above a table's header (on the same page) is that table's title, however short. */
  private boolean titleOfNextTable(int index) {
    return index + 1 < lines.size() && lines.get(index + 1).page() == lines.get(index).page() && isSkillHeader(lines.get(index + 1));
  }

  /**
   * A row starts where both the first and the second column start text on one line (a row's cells are aligned at
   * the top) after a gap wider than a line; a further paragraph of a skill's title leaves the second column alone.
   */
  private boolean startsRow(List<Line> row, Line line, List<Float> starts) {
    Line previous = row.get(row.size() - 1);
    if (previous.page() == line.page() && bordered(line.page(), starts)) {
      return ruleBetween(previous, line, starts);
    }
    boolean first = false;
    boolean second = starts.size() < 2;
    for (Chunk chunk : line.chunks()) {
      first |= column(chunk, starts) == 0;
      second |= column(chunk, starts) == 1;
    }
    if (!first || !second) {
      return false;
    }
    if (previous.page() != line.page()) {
      return startsRowOnNewPage(row, line, starts);
    }
    return line.y() - previous.y() > lead(previous, line) * 1.3f;
  }

  /**
   * At the top of a page a new row starts, unless the row the page break split goes on: it does while the row has no skill yet, or while the
   * training actions go on mid-paragraph (their first word would not have fitted on the last line before the break).
   */
  private boolean startsRowOnNewPage(List<Line> row, Line line, List<Float> starts) {
    boolean hasSkill = row.stream().flatMap(l -> l.chunks().stream()).anyMatch(c -> column(c, starts) == 0);
    if (!hasSkill || starts.size() < 2) {
      return hasSkill;
    }
    // A skill that ended well above the page's last line cannot go on over the page: its column starts anew.
    float lastSkillY = (float) row.stream().flatMap(l -> l.chunks().stream()).filter(c -> column(c, starts) == 0)
        .mapToDouble(Chunk::y).max().orElse(0);
    Line last = row.get(row.size() - 1);
    if (lastSkillY < last.y() - lead(last, line) * 1.5f) {
      return true;
    }
    Line lastActions = null;
    for (Line l : row) {
      List<Chunk> actions = l.chunks().stream().filter(c -> column(c, starts) == 1).toList();
      if (!actions.isEmpty()) {
        lastActions = new Line(l.page(), actions.get(0).y(), l.height(), l.pageHeight(), actions);
      }
    }
    List<Chunk> next = line.chunks().stream().filter(c -> column(c, starts) == 1).toList();
    float nextY = next.isEmpty() ? line.y() : next.get(0).y();
    if (lastActions == null || next.isEmpty()) {
      return true;
    }
    float right = starts.size() > 2 ? starts.get(2) - 4 : textRight;
    return startsParagraph(lastActions, new Line(line.page(), nextY, line.height(), line.pageHeight(), next), right);
  }

  /** Whether the page draws borders under the first column: then they, not gaps, part the rows. */
  private boolean bordered(int page, List<Float> starts) {
    return rules.stream().anyMatch(r -> r.page() == page && crossesFirstColumn(r, starts));
  }

  private boolean ruleBetween(Line above, Line below, List<Float> starts) {
    return rules.stream().anyMatch(r -> r.page() == below.page() && crossesFirstColumn(r, starts)
        && r.y() > above.y() && r.y() < below.y() - below.height() * 0.7f);
  }

  private static boolean crossesFirstColumn(PdfRules.Rule rule, List<Float> starts) {
    float end = starts.size() > 1 ? starts.get(1) : starts.get(0) + 40;
    return rule.x1() <= starts.get(0) + 2 && rule.x2() >= Math.min(end - 6, starts.get(0) + 30);
  }

  /** The distance between two lines of a paragraph in this font size. */
  private static float lead(Line a, Line b) {
    return Math.max(a.height(), b.height()) * 1.2f;
  }

  private static int column(Chunk chunk, List<Float> starts) {
    int column = 0;
    for (int c = 1; c < starts.size(); c++) {
      if (chunk.x() >= starts.get(c) - 3) {
        column = c;
      }
    }
    return column;
  }

  private Table table(Line header, List<Float> starts, List<List<Line>> rowLines, String kind) {
    List<Row> rows = new ArrayList<>();
    List<Cell> headerCells = new ArrayList<>();
    if (kind.equals("sleutelvaardigheid")) {
      headerCells.add(new Cell(0, 1, List.of(new Paragraph("Sleutelvaardigheid", false, where(header))), false));
    } else {
      String[] labels = {"Onderliggende kennis en vaardigheden", "Opleidingsacties", "Voorziene einddatum", "Afgewerkt op"};
      for (int c = 0; c < labels.length; c++) {
        headerCells.add(new Cell(c, 1, List.of(new Paragraph(labels[c], false, where(header))), false));
      }
    }
    rows.add(new Row(headerCells, where(header)));
    for (List<Line> lines : rowLines) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < starts.size(); c++) {
        float right = c + 1 < starts.size() ? starts.get(c + 1) - 4 : (float) lines.stream().mapToDouble(Line::endX).max().orElse(0);
        List<Line> columnLines = new ArrayList<>();
        for (Line line : lines) {
          List<Chunk> chunks = new ArrayList<>();
          for (Chunk chunk : line.chunks()) {
            if (column(chunk, starts) == c) {
              chunks.add(chunk);
            }
          }
          if (!chunks.isEmpty()) {
            // The column's own baseline: renderers may set the cells of one row a little apart.
            columnLines.add(new Line(line.page(), chunks.get(0).y(), line.height(), line.pageHeight(), chunks));
          }
        }
        cells.add(new Cell(c, 1, paragraphs(columnLines, right), false));
      }
      rows.add(new Row(cells, where(lines.get(0))));
    }
    return new Table(rows, where(header));
  }

  /**
   * A cell's lines as paragraphs. A line indented from the cell's left edge, after one that is not, starts a list
   * item (where the list's bullets are drawn, not written, there is no bullet character to go by).
   */
  private List<Paragraph> paragraphs(List<Line> lines, float right) {
    List<Paragraph> paragraphs = new ArrayList<>();
    float left = (float) lines.stream().mapToDouble(Line::x).min().orElse(0);
    List<Line> current = new ArrayList<>();
    for (Line line : lines) {
      boolean indented = line.x() > left + line.height() * 0.8f;
      // After a bulleted line the indent is the bullet's hanging indent, not a new item.
      boolean intoList = indented && !current.isEmpty() && current.get(current.size() - 1).x() <= left + 1 && !bullet(current.get(0));
      if (!current.isEmpty() && (intoList || startsParagraph(current.get(current.size() - 1), line, right))) {
        paragraphs.add(paragraph(current, left));
        current.clear();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      paragraphs.add(paragraph(current, left));
    }
    return paragraphs;
  }

  private static Paragraph paragraph(List<Line> lines, float left) {
    boolean listItem = !bullet(lines.get(0)) && lines.get(0).x() > left + lines.get(0).height() * 0.8f;
    return new Paragraph(join(lines), listItem, where(lines.get(0)));
  }
}
