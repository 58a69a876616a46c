package be.beroepencatalogus.plan;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Lays out a plan's HTML as an A4 PDF with openhtmltopdf. Text inputs inside the form become fillable
 * AcroForm fields. The PDF is reproducible: its dates are fixed and its document id is derived from the
 * content, where PDFBox would otherwise write the current time and a random id. Thread-safe.
 */
public final class PlanPdf {
  public static final String FONT_FAMILY = "DejaVu Sans Condensed";
  /** A fixed date for the PDF's metadata: the content, not the clock, decides the bytes. */
  private static final Calendar FIXED_DATE = fixedDate();

  private final byte[] regular;
  private final byte[] bold;

  /** Held so the level set below stays in force (java.util.logging keeps loggers weakly). */
  private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

  static {
    // openhtmltopdf logs every document through java.util.logging; a build prints its own summary.
    XRLog.setLoggingEnabled(false);
    // PDFBox warns that the intermediate nodes of dotted field names ("koken.1.voorzien") have no widget.
    PDFBOX_LOG.setLevel(Level.SEVERE);
  }

  public PlanPdf(byte[] regularFont, byte[] boldFont) {
    this.regular = regularFont.clone();
    this.bold = boldFont.clone();
  }

  /** The PDF of {@code html}; {@code fingerprint} (hex) becomes the document id. */
  public byte[] render(String html, String title, String fingerprint) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
    builder.useFont(() -> stream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> stream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
    builder.withProducer("Beroepencatalogus");
    // Nothing from content may reach the network or the file system: an image an author links would otherwise
    // be fetched (and could hold a plan for minutes), and a scheme-relative one stops the renderer.
    builder.useUriResolver(PlanPdf::onlyInline);
    builder.useExternalResourceAccessControl((uri, type) -> isInline(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl((uri, type) -> isInline(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      PDDocument document = renderer.createPDFKeepOpen();
      try (document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreationDate(FIXED_DATE);
        info.setModificationDate(FIXED_DATE);
        byte[] id = HexFormat.of().parseHex(fingerprint.substring(0, 32));
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        document.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plan's own resources are inline ({@code data:}); every other address resolves to nothing. */
  private static String onlyInline(String base, String uri) {
    return isInline(uri) ? uri : null;
  }

  private static boolean isInline(String uri) {
    return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static Calendar fixedDate() {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(2000, Calendar.JANUARY, 1, 0, 0, 0);
    return date;
  }
}
