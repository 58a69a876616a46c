package be.beroepencatalogus.importer;

import be.beroepencatalogus.testing.Cli;
import static be.beroepencatalogus.importer.PlanImporterTest.assertSameTree;
import static be.beroepencatalogus.importer.PlanImporterTest.tree;
import static be.beroepencatalogus.importer.SeedImportTest.emptyCatalogue;
import static be.beroepencatalogus.importer.SeedImportTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #14 item 5: what is not a plan, or cannot be read safely, gets one line naming the file and why, exit 1, and nothing is written. */
class BadInputTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();

  private int importing(Path content, Path... files) {
    String[] args = new String[files.length + 3];
    args[0] = "import";
    for (int i = 0; i < files.length; i++) {
      args[i + 1] = files[i].toString();
    }
    args[files.length + 1] = "--content";
    args[files.length + 2] = content.toString();
    return cli.run(args);
  }

  private void assertRefused(Path file, String why) throws IOException {
    Path content = emptyCatalogue(dir);
    Map<String, byte[]> before = tree(content);

    assertEquals(1, importing(content, file), cli.err());

    String[] lines = cli.err().strip().split("\n");
    assertEquals("error: " + file + ": " + why, lines[0]);
    assertEquals("import failed: nothing was written to " + content, lines[lines.length - 1]);
    assertFalse(cli.err().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.).*"), cli.err());
    assertSameTree(before, tree(content));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "not-a-plan.docx # no 'Beroep:' line with the occupation's title: this does not look like an opleidingsplan",
      "not-a-plan.pdf # no 'Beroep:' line with the occupation's title: this does not look like an opleidingsplan",
      "scanned.pdf # the PDF holds no text (a scan?); import the Word file, or a PDF made from it",
      "encrypted.pdf # the PDF is encrypted (protected with a password); save it without a password first",
      "encrypted.docx # the document is encrypted (protected with a password); save it without a password first",
      "corrupt.docx # the file is damaged or not a document this import reads (zip END header not found)",
      "competency-without-skills.docx # paragraaf 26: the competency 'Digitale opvolgingsdocumenten van de oproep invullen' has a table but no skills in it",
      "second-klantendienst.txt # no competency tables (Onderliggende kennis en vaardigheden | Opleidingsacties | Voorziene einddatum | Afgewerkt op); a text export must start each table cell with a tab, as Word's does: import the Word file instead"})
  void aFileThatIsNoPlanOrCannotBeReadIsRefused(String file, String why) throws IOException {
    assertRefused(plan(file), why);
  }

  @Test
  void aZipBombDisguisedAsAWordFileIsNotExpanded() throws IOException {
    Path bomb = dir.resolve("plan.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
    }
    assertTrue(Files.size(bomb) < 1_000_000, "a small file that would expand to 300 MB");
    assertRefused(bomb, "the file expands to far more than it holds (a zip bomb?); it was not read");
  }

  @Test
  void aFileOverTheLimitIsNotRead() throws IOException {
    Path big = dir.resolve("groot.pdf");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
      file.setLength(21L * 1024 * 1024);
    }
    assertRefused(big, "the file is 21 MB; a plan is at most 20 MB");
  }

  @Test
  void oneBadPlanInAFolderStopsTheWholeImport() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plannen"));
    Files.copy(plan("seed-callcenter.docx"), folder.resolve("a-callcenter.docx"));
    Files.copy(plan("not-a-plan.pdf"), folder.resolve("b-brief.pdf"));
    Files.copy(plan("second-klantendienst.docx"), folder.resolve("c-klantendienst.docx"));
    Path content = emptyCatalogue(dir);
    Map<String, byte[]> before = tree(content);

    assertEquals(1, importing(content, folder));

    assertTrue(cli.err().startsWith("error: " + folder.resolve("b-brief.pdf") + ": no 'Beroep:' line"), cli.err());
    assertSameTree(before, tree(content));
  }

  @Test
  void aFolderImportsEveryPlanInIt() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plannen/sub"));
    Files.copy(plan("seed-callcenter.docx"), folder.getParent().resolve("callcenter.docx"));
    Files.copy(plan("second-klantendienst.pdf"), folder.resolve("klantendienst.pdf"));
    Files.writeString(folder.resolve("notities.odt"), "geen plan");
    Path content = emptyCatalogue(dir);

    assertEquals(0, importing(content, dir.resolve("plannen")), cli.err());

    assertTrue(cli.out().endsWith("imported 2 plans: wrote 25 files (2 occupations, 13 competencies, 10 key skills) to " + content + "\n"), cli.out());
    assertTrue(Files.exists(content.resolve("beroepen/medewerker-callcenter.md")));
    assertTrue(Files.exists(content.resolve("beroepen/medewerker-klantendienst.md")));
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    assertRefused(dir.resolve("bestaat-niet.docx"), "no such file or folder");
  }
}
