package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Checks with PDFBox that a PDF is tagged, for want of veraPDF (not in the Maven registry this project reaches). */
final class TaggedPdf {
  private TaggedPdf() {}

  /**
   * The document is marked as tagged, its structure tree has the {@code roles}, every character on every page is in
   * marked content (a structure element's or an artifact's), and every field's widget is the object of a Form element.
   */
  static void assertTagged(PDDocument document, List<String> roles) throws IOException {
    var catalog = document.getDocumentCatalog();
    assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "not marked as tagged");
    assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(), "title not shown");
    Set<String> found = new TreeSet<>();
    List<PDObjectReference> objects = new ArrayList<>();
    walk(catalog.getStructureTreeRoot().getKids(), "", found, objects);
    assertTrue(found.containsAll(roles), "structure types " + found);

    int widgets = 0;
    for (PDPage page : document.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if ("Widget".equals(a.getSubtype())) {
          widgets++;
          assertTrue(a.getStructParent() >= 0, "a widget outside the structure tree");
        }
      }
      assertEquals("S", page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs")), "tab order follows the structure");
    }
    assertEquals(widgets, objects.size(), "every widget is a Form element's object");

    for (int i = 0; i < document.getNumberOfPages(); i++) {
      int all = characters(document, i + 1);
      PDFMarkedContentExtractor marked = new PDFMarkedContentExtractor();
      marked.processPage(document.getPage(i));
      int inMarked = 0;
      for (PDMarkedContent content : marked.getMarkedContents()) {
        inMarked += count(content);
      }
      assertEquals(all, inMarked, "characters outside marked content on page " + (i + 1));
    }
  }

  /** Filling the field through PDFBox makes an appearance whose font holds every glyph of {@code text}. */
  static void assertFieldShowsEveryGlyph(PDAcroForm form, String name, String text) throws IOException {
    PDTextField field = (PDTextField) form.getField(name);
    field.setValue(text);
    var appearance = field.getWidgets().get(0).getAppearance().getNormalAppearance().getAppearanceStream();
    List<PDFont> fonts = new ArrayList<>();
    for (COSName fontName : appearance.getResources().getFontNames()) {
      fonts.add(appearance.getResources().getFont(fontName));
    }
    assertEquals(1, fonts.size(), fonts.toString());
    PDType0Font font = (PDType0Font) fonts.get(0);
    assertTrue(font.getName().contains("DejaVu") && font.isEmbedded(), font.getName());
    for (int cp : text.codePoints().filter(c -> c != ' ').toArray()) {
      String ch = new String(Character.toChars(cp));
      byte[] code = font.encode(ch);
      assertTrue(font.codeToGID(font.readCode(new ByteArrayInputStream(code))) > 0, "no glyph for " + ch);
    }
  }

  /** Collects the structure types, and the objects of Form elements (a Link element's are link annotations). */
  private static void walk(List<Object> kids, String parentType, Set<String> found, List<PDObjectReference> objects) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement e) {
        found.add(e.getStructureType());
        walk(e.getKids(), e.getStructureType(), found, objects);
      } else if (kid instanceof PDObjectReference ref && parentType.equals("Form")) {
        objects.add(ref);
      }
    }
  }

  private static int count(PDMarkedContent content) {
    int n = 0;
    for (Object o : content.getContents()) {
      if (o instanceof TextPosition t) {
        n += t.getUnicode().strip().length();
      } else if (o instanceof PDMarkedContent inner) {
        n += count(inner);
      }
    }
    return n;
  }

  private static int characters(PDDocument document, int page) throws IOException {
    int[] n = {0};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        n[0] += text.getUnicode().strip().length();
      }
    };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return n[0];
  }
}
