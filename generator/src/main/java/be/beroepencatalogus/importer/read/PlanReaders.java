package be.beroepencatalogus.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a plan file into a {@link PlanDocument}, choosing the reader by what the file holds (its first bytes),
 * not by its name alone, and refusing what is not safe to open: files over {@link #MAX_BYTES}, archives that
 * would expand beyond {@link #MAX_EXPANDED_BYTES}, encrypted documents. Every refusal says why in words.
 */
public final class PlanReaders {
  /** A plan of 30 pages is well under 1 MB; 20 MB leaves room for pictures. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;
  /** What a .docx may expand to; POI also refuses entries that expand more than 100-fold. */
  static final long MAX_EXPANDED_BYTES = 200L * 1024 * 1024;

  private PlanReaders() {}

  /** The extensions read, lower case. */
  public static boolean isPlanFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && !name.startsWith("~$")
        && (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".pdf") || name.endsWith(".txt"));
  }

  public static PlanDocument read(Path file) throws UnreadablePlanException {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new UnreadablePlanException("not a regular file");
      }
      long size = Files.size(file);
      if (size == 0) {
        throw new UnreadablePlanException("the file is empty");
      }
      if (size > MAX_BYTES) {
        throw new UnreadablePlanException("the file is " + (size / (1024 * 1024)) + " MB; a plan is at most " + (MAX_BYTES / (1024 * 1024)) + " MB");
      }
      byte[] head = new byte[8];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (startsWith(head, n, "%PDF-")) {
        return new PdfReader().read(file);
      }
      if (startsWith(head, n, "PK\u0003\u0004")) {
        checkExpansion(file);
        return new DocxReader().read(file);
      }
      if (n == 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
        if (isEncryptedOoxml(file)) {
          throw new UnreadablePlanException("the document is encrypted (protected with a password); save it without a password first");
        }
        return new DocReader().read(file);
      }
      if (name.endsWith(".txt")) {
        return TextReader.read(file.getFileName().toString(), utf8OrWindows(Files.readAllBytes(file)));
      }
      throw new UnreadablePlanException("not a Word document, PDF or text file (a plan is .docx, .doc, .pdf or .txt)");
    } catch (UnreadablePlanException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw new UnreadablePlanException("the document is encrypted (protected with a password); save it without a password first", e);
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new UnreadablePlanException("the PDF is encrypted (protected with a password); save it without a password first", e);
    } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Zip bomb")) {
        throw new UnreadablePlanException("the file expands to far more than it holds (a zip bomb?); it was not read", e);
      }
      throw new UnreadablePlanException("the file is damaged or not a document this import reads (" + cause(e) + ")", e);
    }
  }

  /** The cause in words, without the library's class names. */
  private static String cause(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "it could not be parsed";
    }
    String firstLine = message.lines().findFirst().orElse("").strip();
    return firstLine.length() > 160 ? firstLine.substring(0, 160) + "..." : firstLine;
  }

  private static boolean startsWith(byte[] head, int n, String magic) {
    if (n < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Refuses an archive whose entries claim to expand beyond the limit, before any of it is inflated. */
  private static void checkExpansion(Path file) throws IOException, UnreadablePlanException {
    long total = 0;
    int entries = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        entries++;
        total += Math.max(0, entry.getSize());
        if (total > MAX_EXPANDED_BYTES || entries > 10_000) {
          throw new UnreadablePlanException("the file expands to far more than it holds (a zip bomb?); it was not read");
        }
      }
    }
  }

  /** An encrypted .docx is an OLE2 container holding the encrypted package. */
  private static boolean isEncryptedOoxml(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
    }
  }

  /** Word saves text exports as UTF-8 or as Windows-1252; a byte-order mark is dropped. */
  private static String utf8OrWindows(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }
}
