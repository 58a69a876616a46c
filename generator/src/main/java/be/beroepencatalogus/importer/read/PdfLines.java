package be.beroepencatalogus.importer.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as lines of positioned chunks, page by page: PDFBox finds the characters and splits a line where a
 * gap is wider than a space (so table columns come apart); lines repeated at the same height on several pages
 * (running headers and footers, page numbers) are dropped.
 */
final class PdfLines {
  /** A run of text without a wide gap: where it starts and ends, where its first word ends, and its own baseline. */
  record Chunk(float x, float endX, float firstWordEndX, float y, String text) {}

  /** A line of chunks left to right, on a page, at a baseline {@code y} (from the top), with its font size as {@code height}. */
  record Line(int page, float y, float height, float pageHeight, List<Chunk> chunks) {
    String text() {
      return String.join(" ", chunks.stream().map(Chunk::text).toList()).strip();
    }

    float x() {
      return chunks.get(0).x();
    }

    float endX() {
      return chunks.get(chunks.size() - 1).endX();
    }
  }

  private PdfLines() {}

  static List<Line> of(PDDocument document) throws IOException {
    Collector collector = new Collector();
    collector.setSortByPosition(true);
    collector.getText(document);
    return withoutFurniture(collector.lines);
  }

  private static final class Collector extends PDFTextStripper {
    final List<Line> lines = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      if (positions.isEmpty() || text.isBlank()) {
        return;
      }
      TextPosition first = positions.get(0);
      float size = Math.max(first.getFontSizeInPt(), 1f);
      // A gap wider than half the font size between two glyphs is a jump to another column, not a space.
      List<Chunk> chunks = new ArrayList<>();
      StringBuilder chunkText = new StringBuilder();
      TextPosition chunkFirst = first;
      float firstWordEnd = -1;
      TextPosition previous = null;
      for (TextPosition p : positions) {
        String glyph = p.getUnicode();
        if (previous != null) {
          float gap = p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
          if (gap > size * 0.5f) {
            add(chunks, chunkFirst, previous, firstWordEnd, chunkText);
            chunkText.setLength(0);
            chunkFirst = p;
            firstWordEnd = -1;
          } else if (gap > size * 0.25f && chunkText.length() > 0 && chunkText.charAt(chunkText.length() - 1) != ' ') {
            chunkText.append(' '); // a word gap the PDF drew without a space
          }
        }
        if (glyph.isBlank()) {
          if (firstWordEnd < 0 && chunkText.length() > 0 && previous != null) {
            firstWordEnd = previous.getXDirAdj() + previous.getWidthDirAdj();
          }
          if (chunkText.length() > 0 && chunkText.charAt(chunkText.length() - 1) != ' ') {
            chunkText.append(' ');
          }
        } else {
          chunkText.append(glyph);
        }
        previous = p;
      }
      add(chunks, chunkFirst, previous, firstWordEnd, chunkText);
      float y = first.getYDirAdj();
      int page = getCurrentPageNo();
      for (Chunk chunk : chunks) {
        Line current = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (current != null && current.page() == page && Math.abs(current.y() - y) <= size * 0.4f) {
          List<Chunk> merged = new ArrayList<>(current.chunks());
          merged.add(chunk);
          merged.sort(Comparator.comparingDouble(Chunk::x));
          lines.set(lines.size() - 1, new Line(page, current.y(), Math.max(current.height(), size), current.pageHeight(), merged));
        } else {
          lines.add(new Line(page, y, size, first.getPageHeight(), List.of(chunk)));
        }
      }
    }

    private static void add(List<Chunk> chunks, TextPosition start, TextPosition last, float firstWordEnd, StringBuilder text) {
      String t = text.toString().strip();
      if (!t.isEmpty() && last != null) {
        float end = last.getXDirAdj() + last.getWidthDirAdj();
        chunks.add(new Chunk(start.getXDirAdj(), end, firstWordEnd < 0 ? end : firstWordEnd, start.getYDirAdj(), t));
      }
    }
  }

  /** Drops page numbers, and lines that recur near the same height on other pages (digits aside) in the top or bottom margin. */
  private static List<Line> withoutFurniture(List<Line> lines) {
    Map<String, List<Line>> byShape = new HashMap<>();
    for (Line line : lines) {
      if (inMargin(line)) {
        byShape.computeIfAbsent(line.text().replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(line);
      }
    }
    List<Line> kept = new ArrayList<>();
    for (Line line : lines) {
      String text = line.text();
      boolean pageNumber = text.matches("(?i)(pagina\\s*)?\\d{1,3}(\\s*(van|/)\\s*\\d{1,3})?");
      List<Line> same = inMargin(line) ? byShape.get(text.replaceAll("\\d+", "#")) : List.of();
      boolean recurring = same.stream().filter(l -> l.page() != line.page() && Math.abs(l.y() - line.y()) < 4).count() >= 1;
      if (!pageNumber && !recurring) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static boolean inMargin(Line line) {
    return line.y() < line.pageHeight() * 0.1f || line.y() > line.pageHeight() * 0.9f;
  }
}
