package be.beroepencatalogus.importer.read;

import be.beroepencatalogus.importer.read.PlanDocument.Block;
import be.beroepencatalogus.importer.read.PlanDocument.Cell;
import be.beroepencatalogus.importer.read.PlanDocument.Paragraph;
import be.beroepencatalogus.importer.read.PlanDocument.Row;
import be.beroepencatalogus.importer.read.PlanDocument.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a Word 2007+ document (.docx) with Apache POI: its paragraphs, tables (with merged cells) and list items. */
final class DocxReader {
  private int paragraphs;

  PlanDocument read(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    List<Block> blocks = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XWPFDocument doc = new XWPFDocument(pkg)) {
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          blocks.add(paragraph(p));
        } else if (element instanceof XWPFTable t) {
          blocks.add(table(t));
        } else if (element instanceof XWPFSDT sdt) {
          // A content control, such as the table of contents Word and LibreOffice write: its text, line by line.
          for (String line : sdt.getContent().getText().split("\n")) {
            blocks.add(new Paragraph(line, false, "paragraaf " + (++paragraphs)));
          }
        }
      }
    }
    return new PlanDocument(file.getFileName().toString(), blocks);
  }

  private Paragraph paragraph(XWPFParagraph p) {
    return new Paragraph(p.getText(), p.getNumID() != null, "paragraaf " + (++paragraphs));
  }

  private Table table(XWPFTable t) {
    String where = "tabel bij paragraaf " + (paragraphs + 1);
    List<Row> rows = new ArrayList<>();
    int rowNumber = 0;
    for (XWPFTableRow row : t.getRows()) {
      rowNumber++;
      List<Cell> cells = new ArrayList<>();
      int column = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr props = cell.getCTTc().getTcPr();
        int span = props != null && props.getGridSpan() != null ? props.getGridSpan().getVal().intValue() : 1;
        boolean continuesAbove = props != null && props.getVMerge() != null
            && (props.getVMerge().getVal() == null || props.getVMerge().getVal() == STMerge.CONTINUE);
        List<Paragraph> texts = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
          texts.add(new Paragraph(p.getText(), p.getNumID() != null, where + ", rij " + rowNumber));
        }
        cells.add(new Cell(column, Math.max(1, span), texts, continuesAbove));
        column += Math.max(1, span);
      }
      rows.add(new Row(cells, where + ", rij " + rowNumber));
    }
    return new Table(rows, where);
  }
}
