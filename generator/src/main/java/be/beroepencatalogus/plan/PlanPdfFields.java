package be.beroepencatalogus.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDVariableText;

/**
 * Makes a plan's form fields show any Latin-script name: their appearances use DejaVu Sans Condensed in the form's
 * default resources (the Helvetica of a default form has a Western encoding only, so "Şahin" or "Nguyễn" could not be
 * shown). The font is embedded with every Latin letter and diacritic rather than whole: the whole font would triple
 * each PDF's size (about 150 to 490 kB), a cost every plan of a large catalogue would pay. Every field's widget is
 * also put in the structure tree.
 */
final class PlanPdfFields {
  /** Field text size; 0 would mean "fit to the box", which makes short and long names look different. */
  private static final String APPEARANCE = "/" + PlanPdf.FIELD_FONT + " 9 Tf 0 g";

  /**
   * What a name in a Latin script may hold: Basic Latin and Latin-1, Latin Extended-A and -B, IPA and spacing
   * modifiers, combining diacritics, Latin Extended Additional (Vietnamese), and the punctuation and currency signs.
   */
  private static final int[][] LATIN = {
      {0x0020, 0x007E}, {0x00A0, 0x024F}, {0x0250, 0x02FF}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}};

  private PlanPdfFields() {}

  static void prepare(PDDocument document, byte[] regularFont) throws IOException {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm();
    if (form == null) {
      return;
    }
    PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(regularFont), true);
    for (int[] range : LATIN) {
      for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
        font.addToSubset(codePoint);
      }
    }
    PDResources resources = form.getDefaultResources() == null ? new PDResources() : form.getDefaultResources();
    resources.put(COSName.getPDFName(PlanPdf.FIELD_FONT), font);
    form.setDefaultResources(resources);
    form.setDefaultAppearance(APPEARANCE);
    for (PDField field : form.getFieldTree()) {
      if (field instanceof PDVariableText text) {
        text.setDefaultAppearance(APPEARANCE);
        // Made again from the default resources alone: the old appearance would keep openhtmltopdf's font subset.
        text.getWidgets().forEach(widget -> widget.setAppearance(null));
      }
    }
    form.refreshAppearances();
    // PDFBox subsets on saving only the fonts a page's content stream used; this one only appearances use.
    font.subset();
    tag(document, form);
  }

  /**
   * Puts every field's widget in the structure tree as a {@code Form} element (PDF/UA 7.18.4), which
   * openhtmltopdf does not do, with its tooltip as alternate description; pages with fields get the structure
   * tab order.
   */
  private static void tag(PDDocument document, PDAcroForm form) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (root == null || root.getKids().isEmpty() || !(root.getKids().get(0) instanceof PDStructureElement top)) {
      return;
    }
    Map<COSDictionary, PDPage> pages = new HashMap<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        pages.put(annotation.getCOSObject(), page);
      }
    }
    PDNumberTreeNode parentTree = root.getParentTree();
    Map<Integer, COSObjectable> numbers = new TreeMap<>(parentTree.getNumbers() == null ? Map.of() : parentTree.getNumbers());
    int next = Math.max(root.getParentTreeNextKey(), numbers.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
    for (PDField field : form.getFieldTree()) {
      for (PDAnnotationWidget widget : field.getWidgets()) {
        PDPage page = pages.get(widget.getCOSObject());
        PDStructureElement element = new PDStructureElement(StandardStructureTypes.FORM, top);
        element.setAlternateDescription(field.getAlternateFieldName());
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(widget);
        if (page != null) {
          element.setPage(page);
          reference.setPage(page);
          page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        }
        element.appendKid(reference);
        top.appendKid(element);
        widget.setStructParent(next);
        numbers.put(next, element);
        next++;
      }
    }
    parentTree.setNumbers(numbers);
    root.setParentTreeNextKey(next);
  }
}
