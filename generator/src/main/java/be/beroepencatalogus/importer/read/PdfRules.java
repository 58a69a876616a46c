package be.beroepencatalogus.importer.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The horizontal rules a PDF draws (table borders, as stroked lines or thin filled rectangles), per page, in the
 * same top-down coordinates as the text: a table row lies between two of them.
 */
final class PdfRules {
  /** A horizontal rule on a page at {@code y} from the top, from {@code x1} to {@code x2}. */
  record Rule(int page, float y, float x1, float x2) {}

  private PdfRules() {}

  static List<Rule> of(PDDocument document) throws IOException {
    List<Rule> rules = new ArrayList<>();
    int pageNumber = 0;
    for (PDPage page : document.getPages()) {
      pageNumber++;
      Engine engine = new Engine(page, pageNumber, rules);
      engine.processPage(page);
    }
    return rules;
  }

  private static final class Engine extends PDFGraphicsStreamEngine {
    private final int pageNumber;
    private final float height;
    private final List<Rule> rules;
    private final List<Point2D[]> segments = new ArrayList<>();
    private Point2D current;
    private Point2D start;

    Engine(PDPage page, int pageNumber, List<Rule> rules) {
      super(page);
      this.pageNumber = pageNumber;
      this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
      this.rules = rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      segments.add(new Point2D[] {p0, p1});
      segments.add(new Point2D[] {p1, p2});
      segments.add(new Point2D[] {p2, p3});
      segments.add(new Point2D[] {p3, p0});
      rectangle(p0, p2);
    }

    private final List<Point2D[]> rectangles = new ArrayList<>();

    private void rectangle(Point2D a, Point2D b) {
      rectangles.add(new Point2D[] {a, b});
    }

    @Override
    public void moveTo(float x, float y) {
      current = new Point2D.Float(x, y);
      start = current;
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = new Point2D.Float(x, y);
      if (current != null) {
        segments.add(new Point2D[] {current, next});
      }
      current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return current;
    }

    @Override
    public void closePath() {
      if (current != null && start != null) {
        segments.add(new Point2D[] {current, start});
        current = start;
      }
    }

    @Override
    public void endPath() {
      clear();
    }

    @Override
    public void strokePath() {
      for (Point2D[] s : segments) {
        if (Math.abs(s[0].getY() - s[1].getY()) < 0.5 && Math.abs(s[0].getX() - s[1].getX()) > 20) {
          add(s[0].getY(), s[0].getX(), s[1].getX());
        }
      }
      clear();
    }

    @Override
    public void fillPath(int windingRule) {
      // A border drawn as a thin filled rectangle.
      for (Point2D[] r : rectangles) {
        double h = Math.abs(r[0].getY() - r[1].getY());
        double w = Math.abs(r[0].getX() - r[1].getX());
        if (h < 2.5 && w > 20) {
          add((r[0].getY() + r[1].getY()) / 2, r[0].getX(), r[1].getX());
        }
      }
      clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
      clear();
    }

    @Override
    public void clip(int windingRule) {
      // Clipping paths are no borders; the path is ended by the operator that follows.
    }

    @Override
    public void drawImage(PDImage pdImage) {
      // Images are no borders.
    }

    private void add(double y, double xa, double xb) {
      rules.add(new Rule(pageNumber, (float) (height - y), (float) Math.min(xa, xb), (float) Math.max(xa, xb)));
    }

    private void clear() {
      segments.clear();
      rectangles.clear();
      current = null;
      start = null;
    }
  }
}
