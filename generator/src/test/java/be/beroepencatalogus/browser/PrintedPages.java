package be.beroepencatalogus.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where the text of a page printed by Chromium sits: how full a page is, and whether one starts a section. */
final class PrintedPages {
  /** The print style sheet's page margins (15 mm top and bottom); the running footer sits in the bottom one. */
  private static final float MARGIN = 15f / 25.4f * 72f;

  private PrintedPages() {}

  /** How far below the top margin the lowest text of the page (1-based) reaches, in points. */
  static float lowestContent(PDDocument document, int page) {
    float bottom = document.getPage(page - 1).getMediaBox().getHeight() - MARGIN;
    float lowest = 0;
    for (TextPosition p : positions(document, page)) {
      if (p.getYDirAdj() < bottom - 1) {
        lowest = Math.max(lowest, p.getYDirAdj());
      }
    }
    return lowest - MARGIN;
  }

  static float contentHeight(PDDocument document, int page) {
    return document.getPage(page - 1).getMediaBox().getHeight() - 2 * MARGIN;
  }

  /** Whether the page's first line is one of {@code headings}: the page before it ends a section. */
  static boolean startsWithOneOf(PDDocument document, int page, List<String> headings) {
    try {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String first = stripper.getText(document).strip().lines().findFirst().orElse("").strip();
      return headings.stream().anyMatch(h -> !first.isEmpty() && (h.startsWith(first) || first.startsWith(h)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<TextPosition> positions(PDDocument document, int page) {
    List<TextPosition> all = new ArrayList<>();
    try {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          all.add(text);
        }
      };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }
}
