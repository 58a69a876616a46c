package be.beroepencatalogus.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SeedCatalogueTest;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed occupation's PDF plan, read back with PDFBox. */
class PlanPdfTest {
  static final Path CONTENT = be.beroepencatalogus.testing.FrozenSeed.CATALOGUE;
  static final String PDF = "beroepen/medewerker-callcenter/opleidingsplan.pdf";

  @TempDir static Path dir;
  static byte[] pdf;
  static Catalogue catalogue;

  @BeforeAll
  static void build() throws IOException {
    BuildResult result = new SiteBuilder().build(new BuildOptions(CONTENT, dir.resolve("site"), Optional.empty(), dir.resolve("cache")));
    assertTrue(result.succeeded(), result.problems().toString());
    pdf = Files.readAllBytes(dir.resolve("site").resolve(PDF));
    catalogue = new SiteBuilder().check(CONTENT).catalogue();
  }

  private static String text(PDDocument document, boolean byPosition) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(byPosition);
    return stripper.getText(document).replaceAll("\\s+", " ");
  }

  @Test
  void everyLineOfTheSeedIsInThePdf() throws IOException {
    // Compared without whitespace: the PDF wraps lines where it likes, even inside "cursist(e)".
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = text(document, false).replace(" ", "");
      List<String> missing = SeedCatalogueTest.seedLines().stream().filter(line -> !text.contains(line.replace(" ", ""))).toList();
      assertEquals(List.of(), missing);
    }
  }

  @Test
  void everyPageIsA4PortraitWithItsNumberAndTheTraceableFooter() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 4 && pages <= 20, pages + " pages");
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int i = 1; i <= pages; i++) {
        PDPage page = document.getPage(i - 1);
        assertEquals(595.3f, page.getMediaBox().getWidth(), 1f);
        assertEquals(841.9f, page.getMediaBox().getHeight(), 1f);
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String text = stripper.getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains("pagina " + i + " van " + pages), "page " + i + ": " + text.substring(Math.max(0, text.length() - 200)));
        assertTrue(text.matches(".*Opleidingsplan Medewerker callcenter · Beroepencatalogus · versie [0-9a-f]{10}.*"), "footer on page " + i);
      }
      if (pages > 1) {
        stripper.setStartPage(2);
        stripper.setEndPage(pages);
        String rest = stripper.getText(document);
        long headers = rest.lines().filter(l -> l.startsWith("Onderliggende kennis")).count();
        assertTrue(headers >= pages - 2, "table headers repeat: " + headers + " on " + (pages - 1) + " pages");
      }
    }
  }

  @Test
  void theHeaderBlanksAndBothDatesOfEverySkillAreFillableFields() throws IOException {
    Set<String> expected = new TreeSet<>(List.of("cursist", "contractnummer", "bedrijf", "contactpersoon", "duurtijd"));
    for (CompetencyUse use : catalogue.occupation("medewerker-callcenter").orElseThrow().competencies()) {
      Competency c = catalogue.competency(use.competencyId()).orElseThrow();
      for (int n = 1; n <= c.skills().size(); n++) {
        expected.add(c.id() + "." + n + ".voorzien");
        expected.add(c.id() + "." + n + ".afgewerkt");
      }
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      Set<String> names = new TreeSet<>();
      for (PDField field : form.getFieldTree()) {
        if (field instanceof PDTextField text) {
          names.add(field.getFullyQualifiedName());
          assertEquals(1, text.getWidgets().size(), field.getFullyQualifiedName());
          assertTrue(text.getWidgets().get(0).getRectangle().getWidth() > 20, field.getFullyQualifiedName() + " is too narrow to write in");
        }
      }
      assertEquals(expected, names);
      assertEquals(61, names.size());
    }
  }

  @Test
  void aFieldCanBeFilledInAndSaved() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      form.getField("cursist").setValue("Jana Peeters");
      form.getField("binnenkomende-oproepen-medische-hulpcentra.1.voorzien").setValue("15/12/2026");
      Path filled = dir.resolve("ingevuld.pdf");
      document.save(filled.toFile());
      try (PDDocument again = Loader.loadPDF(filled.toFile())) {
        assertEquals("Jana Peeters", again.getDocumentCatalog().getAcroForm().getField("cursist").getValueAsString());
      }
    }
  }

  @Test
  void twoBuildsWithoutCacheGiveByteIdenticalPdfs() throws IOException {
    new SiteBuilder().build(new BuildOptions(CONTENT, dir.resolve("again"), Optional.empty(), dir.resolve("empty-cache")));
    assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("again").resolve(PDF)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(2000, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
    }
  }

  @Test
  void theTableOfContentsGivesThePageEachCompetencyStartsOn() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String first = stripper.getText(document);
      String title = "Binnenkomende oproepen voor medische hulpcentra ontvangen (Inbound)";
      String tocLine = first.lines().filter(l -> l.contains(title)).findFirst().orElseThrow();
      int page = Integer.parseInt(tocLine.replaceAll(".*\\D(\\d+)\\s*$", "$1"));
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      assertTrue(stripper.getText(document).contains(title), "the competency is not on page " + page);
    }
  }

  @Test
  void aRebuildTakesUnchangedPdfsFromTheCache() throws IOException {
    BuildResult.Built again = (BuildResult.Built) new SiteBuilder().build(new BuildOptions(CONTENT, dir.resolve("site"), Optional.empty(), dir.resolve("cache")));
    assertEquals(0, again.plans().rendered());
    assertEquals(1, again.plans().cached());
    assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("site").resolve(PDF)));
  }
}
