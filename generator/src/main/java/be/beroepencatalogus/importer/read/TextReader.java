package be.beroepencatalogus.importer.read;

import be.beroepencatalogus.importer.read.PlanDocument.Block;
import be.beroepencatalogus.importer.read.PlanDocument.Cell;
import be.beroepencatalogus.importer.read.PlanDocument.Paragraph;
import be.beroepencatalogus.importer.read.PlanDocument.Row;
import be.beroepencatalogus.importer.read.PlanDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Word's plain-text export of a plan. Word writes every paragraph on a line and starts each table cell with
 * a tab, its further paragraphs without one; so a table is recovered from its header row (whose cell texts name
 * the columns), then cells are counted off row by row. A tab line that introduces the next table (a competency's
 * title) or a line without a tab after a full row (the next heading) ends the table.
 */
final class TextReader {
  /** The first cell of each kind of table a plan has, and how many columns it has. */
  private static final List<String> SKILL_HEADER = List.of("onderliggende kennis en vaardigheden", "opleidingsacties", "voorziene einddatum", "afgewerkt op");
  private static final String KEY_SKILL_HEADER = "sleutelvaardigheid";

  private final List<String> lines;
  private int at;

  private TextReader(String text) {
    this.lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  static PlanDocument read(String file, String text) {
    return new TextReader(text).blocks(file);
  }

  private PlanDocument blocks(String file) {
    List<Block> blocks = new ArrayList<>();
    while (at < lines.size()) {
      int columns = headerAt(at);
      if (columns > 0) {
        blocks.add(table(columns));
      } else {
        blocks.add(new Paragraph(lines.get(at), false, where(at)));
        at++;
      }
    }
    return new PlanDocument(file, blocks);
  }

  private static String where(int index) {
    return "regel " + (index + 1);
  }

  private static boolean startsCell(String line) {
    return line.startsWith("\t");
  }

  private static String cellText(String line) {
    return line.strip().toLowerCase(Locale.ROOT);
  }

  /** The number of columns when a table's header row starts at {@code index}, else 0. */
  private int headerAt(int index) {
    if (index >= lines.size() || !startsCell(lines.get(index))) {
      return 0;
    }
    if (cellText(lines.get(index)).equals(KEY_SKILL_HEADER)) {
      return 2;
    }
    int line = index;
    for (int i = 0; i < SKILL_HEADER.size(); i++) {
      if (line < 0 || !cellText(lines.get(line)).equals(SKILL_HEADER.get(i))) {
        return 0;
      }
      line = nextCellLine(line + 1);
    }
    return SKILL_HEADER.size();
  }

  /** The next line that starts a cell, from {@code index} on, skipping blank lines; -1 when a text line comes first. */
  private int nextCellLine(int index) {
    for (int i = index; i < lines.size(); i++) {
      if (startsCell(lines.get(i))) {
        return i;
      }
      if (!lines.get(i).isBlank()) {
        return -1;
      }
    }
    return -1;
  }

  private Table table(int columns) {
    String where = where(at);
    List<Row> rows = new ArrayList<>();
    while (at < lines.size()) {
      int start = nextCellLine(at);
      if (start < 0 || (!rows.isEmpty() && headerAt(start) > 0) || titleOfNextTable(start)) {
        break;
      }
      List<Cell> cells = new ArrayList<>();
      int line = start;
      for (int column = 0; column < columns && line >= 0 && line < lines.size(); column++) {
        List<Paragraph> texts = new ArrayList<>();
        texts.add(new Paragraph(lines.get(line), false, where(line)));
        line++;
        // A skill and its training actions continue over lines without a tab. A date cell does not, nor does the
        // last cell of the key-skills table beyond its paragraph: what follows the table (a page number, the next
        // heading) starts like a further paragraph of its last cell.
        boolean lastColumn = column == columns - 1;
        boolean continues = columns > 2 ? column < 2 : !lastColumn;
        while (line < lines.size() && !startsCell(lines.get(line))
            && (continues || lastColumn && column < 2 && !lines.get(line).isBlank())) {
          texts.add(new Paragraph(lines.get(line), false, where(line)));
          line++;
        }
        cells.add(new Cell(column, 1, texts, false));
        if (column < columns - 1) {
          line = nextCellLine(line);
        }
      }
      rows.add(new Row(cells, where(start)));
      at = line < 0 ? lines.size() : line;
    }
    return new Table(rows, where);
  }

  /** A cell line followed by a skills table's header row is the next competency's title, outside any table. */
  private boolean titleOfNextTable(int index) {
    int i = index + 1;
    while (i < lines.size() && !startsCell(lines.get(i))) {
      i++; // blank lines, or the title's further lines
    }
    return headerAt(i) > 0;
  }
}
