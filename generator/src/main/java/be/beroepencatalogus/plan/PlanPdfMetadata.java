package be.beroepencatalogus.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import javax.xml.transform.TransformerException;

/**
 * The XMP metadata of a plan PDF: title, language, producer, the PDF/UA identification that readers and checkers
 * look for, and the creation date only when the content gives one. Written here rather than by openhtmltopdf, which
 * would put the current time in it.
 */
final class PlanPdfMetadata {
  static final String PRODUCER = "Beroepencatalogus";
  private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

  private PlanPdfMetadata() {}

  static PDMetadata xmp(PDDocument document, String title, String language, Calendar created) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addLanguage(language);
    dc.setFormat("application/pdf");
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreatorTool(PRODUCER);
    if (created != null) {
      basic.setCreateDate(created);
      basic.setModifyDate(created);
      basic.setMetadataDate(created);
    }
    XMPSchema ua = new XMPSchema(xmp, PDFUA_NS, "pdfuaid");
    ua.setIntegerPropertyValueAsSimple("part", 1);
    xmp.addSchema(ua);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException(e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(out.toByteArray());
    return metadata;
  }
}
