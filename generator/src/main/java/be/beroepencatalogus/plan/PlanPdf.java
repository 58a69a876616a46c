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
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Optional;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Lays out a plan's HTML as an A4 PDF with openhtmltopdf. Text inputs inside the form become fillable
 * AcroForm fields, each with its {@code title} as tooltip (what a screen reader says for it). The PDF is tagged
 * (PDF/UA as openhtmltopdf makes it: structure tree, language, title, bookmarks from the HTML's
 * {@code <bookmarks>}). Field appearances use the whole DejaVu font, so a name typed later in any Latin script
 * shows; a subset would hold only the glyphs of the printed text.
 *
 * <p>The PDF is reproducible: its creation date is the catalogue edition's date (none when the settings have
 * none), its document id is derived from the content, and its XMP metadata is written here, where PDFBox and
 * openhtmltopdf would otherwise write the current time and a random id. Thread-safe.
 */
public final class PlanPdf {
  public static final String FONT_FAMILY = "DejaVu Sans Condensed";
  /** The font resource name of field appearances in the form's default resources. */
  static final String FIELD_FONT = "DejaVu";

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

  /**
   * The PDF of {@code html}; {@code fingerprint} (hex) becomes the document id, {@code date} (the edition's) its
   * creation date, {@code language} (BCP 47) its language.
   */
  public byte[] render(String html, String title, String fingerprint, Optional<LocalDate> date, String language) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withW3cDocument(new W3CDom().fromJsoup(parse(html)), "about:blank");
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
        Calendar created = date.map(PlanPdf::calendar).orElse(null);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        catalog.setMetadata(PlanPdfMetadata.xmp(document, title, language, created));
        PlanPdfFields.prepare(document, regular);
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

  /**
   * The HTML as openhtmltopdf expects it: an HTML parser moves the unknown {@code <bookmarks>} out of the head into
   * the body, where it would print as text instead of becoming the PDF's outline.
   */
  private static org.jsoup.nodes.Document parse(String html) {
    org.jsoup.nodes.Document document = Jsoup.parse(html);
    org.jsoup.nodes.Element bookmarks = document.selectFirst("bookmarks");
    if (bookmarks != null) {
      document.head().appendChild(bookmarks);
    }
    return document;
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

  private static Calendar calendar(LocalDate day) {
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    date.clear();
    date.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
    return date;
  }
}
