package be.beroepencatalogus.importer.read;

import be.beroepencatalogus.importer.read.PlanDocument.Block;
import be.beroepencatalogus.importer.read.PlanDocument.Cell;
import be.beroepencatalogus.importer.read.PlanDocument.Paragraph;
import be.beroepencatalogus.importer.read.PlanDocument.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a Word 97-2003 document (.doc) with Apache POI's HWPF. A .doc knows no grid: a cell's column is found
 * from its left edge against the first row's cells, so merged cells land in the columns they cover.
 */
final class DocReader {

  PlanDocument read(Path file) throws IOException {
    List<Block> blocks = new ArrayList<>();
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HWPFDocument doc = new HWPFDocument(fs)) {
      Range range = doc.getRange();
      int paragraph = 0;
      int i = 0;
      while (i < range.numParagraphs()) {
        org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table table = range.getTable(p);
          blocks.add(table(table, "tabel bij paragraaf " + (paragraph + 1)));
          i += Math.max(1, table.numParagraphs());
        } else {
          paragraph++;
          blocks.add(new Paragraph(text(p), p.isInList(), "paragraaf " + paragraph));
          i++;
        }
      }
    }
    return new PlanDocument(file.getFileName().toString(), blocks);
  }

  private static PlanDocument.Table table(Table table, String where) {
    List<Integer> edges = new ArrayList<>();
    if (table.numRows() > 0) {
      TableRow first = table.getRow(0);
      for (int c = 0; c < first.numCells(); c++) {
        edges.add(first.getCell(c).getLeftEdge());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      String rowWhere = where + ", rij " + (r + 1);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        int column = columnAt(edges, cell.getLeftEdge(), c);
        int end = columnAt(edges, cell.getLeftEdge() + cell.getWidth(), c + 1);
        List<Paragraph> texts = new ArrayList<>();
        for (int n = 0; n < cell.numParagraphs(); n++) {
          org.apache.poi.hwpf.usermodel.Paragraph p = cell.getParagraph(n);
          texts.add(new Paragraph(text(p), p.isInList(), rowWhere));
        }
        boolean continuesAbove = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        cells.add(new Cell(column, Math.max(1, end - column), texts, continuesAbove));
      }
      rows.add(new Row(cells, rowWhere));
    }
    return new PlanDocument.Table(rows, where);
  }

  /** The grid column whose left edge is nearest {@code x} (twips); {@code fallback} when the first row gave no grid. */
  private static int columnAt(List<Integer> edges, int x, int fallback) {
    if (edges.isEmpty()) {
      return fallback;
    }
    int best = 0;
    for (int i = 0; i < edges.size(); i++) {
      if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
        best = i;
      }
    }
    int lastRight = edges.get(edges.size() - 1);
    return x > lastRight + 50 ? edges.size() : best;
  }

  /** The paragraph's visible text: fields reduced to their result (a table of contents keeps its lines), marks removed. */
  private static String text(org.apache.poi.hwpf.usermodel.Paragraph p) {
    // A line break inside a paragraph (Shift+Enter) is U+000B in a .doc; the parser reads it as a new line.
    return Range.stripFields(p.text()).replace('\u000b', '\n').replaceAll("[\\u0000-\\u0008\\u000c-\\u001f]", "").strip();
  }
}
