package be.beroepencatalogus.importer.read;

import java.util.List;

/**
 * What a plan document holds, whatever its format: paragraphs and tables in reading order, each with the place
 * it came from ("paragraaf 12", "pagina 3") for the import's report. The readers only recover this structure;
 * what the paragraphs and tables mean is for the parser.
 */
public record PlanDocument(String file, List<Block> blocks) {
  public PlanDocument {
    blocks = List.copyOf(blocks);
  }

  /** A paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {
    String where();
  }

  /** A paragraph's text as written (cleaned later); {@code listItem} when it carried a bullet or a number. */
  public record Paragraph(String text, boolean listItem, String where) implements Block {}

  /** A table's rows, top to bottom. */
  public record Table(List<Row> rows, String where) implements Block {
    public Table {
      rows = List.copyOf(rows);
    }
  }

  /** A row's cells by grid column: a cell spanning columns is followed by none for the columns it covers. */
  public record Row(List<Cell> cells, String where) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The cell at grid column {@code column}, or an empty one when the row has none there. */
    public Cell cell(int column) {
      for (Cell c : cells) {
        if (column >= c.column() && column < c.column() + c.span()) {
          return c;
        }
      }
      return new Cell(column, 1, List.of(), false);
    }

    public boolean isBlank() {
      return cells.stream().allMatch(Cell::isBlank);
    }
  }

  /**
   * A cell at grid column {@code column} spanning {@code span} columns; {@code continuesAbove} when it is merged
   * with the cell above it (Word's vertical merge), so its text belongs to that cell's row.
   */
  public record Cell(int column, int span, List<Paragraph> paragraphs, boolean continuesAbove) {
    public Cell {
      paragraphs = List.copyOf(paragraphs);
    }

    public String text() {
      return String.join(" ", paragraphs.stream().map(Paragraph::text).map(String::strip).filter(t -> !t.isEmpty()).toList());
    }

    public boolean isBlank() {
      return text().isBlank();
    }
  }
}
