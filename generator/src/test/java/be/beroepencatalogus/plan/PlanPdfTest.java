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
import org.apache.pdfbox.cos.COSName;
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
        assertTrue(text.matches(".*Opleidingsplan Medewerker callcenter · Beroepencatalogus · versie van 30/11/2026 \\([0-9a-f]{10}\\).*"), "footer on page " + i);
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
    Set<String> expected = new TreeSet<>(List.of("cursist", "contractnummer", "bedrijf", "contactpersoon", "mentor", "consulent",
        "duurtijd", "ibo-start", "ibo-einde", "uren-per-week", "plandatum"));
    for (String party : List.of("cursist", "werkgever", "consulent")) {
      for (String line : List.of("naam", "plaats", "datum")) {
        expected.add("handtekening." + party + "." + line);
      }
    }
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
      assertEquals(61 + 6 + 9, names.size());
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
  void twoBuildsWithoutCacheGiveByteIdenticalPdfsDatedByTheCatalogueEdition() throws IOException {
    new SiteBuilder().build(new BuildOptions(CONTENT, dir.resolve("again"), Optional.empty(), dir.resolve("empty-cache")));
    assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("again").resolve(PDF)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.util.Calendar created = document.getDocumentInformation().getCreationDate();
      assertEquals(java.time.LocalDate.of(2026, 11, 30), // site.yaml's date
          java.time.LocalDate.of(created.get(java.util.Calendar.YEAR), created.get(java.util.Calendar.MONTH) + 1, created.get(java.util.Calendar.DAY_OF_MONTH)));
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("2026-11-30T00:00:00"), xmp);
      assertTrue(xmp.contains("pdfuaid:part"), xmp);
    }
  }

  @Test
  void thePdfIsTaggedInFlemishWithTitleAndBookmarksPerGroupAndCompetency() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertEquals("nl-BE", catalog.getLanguage());
      assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "not marked as tagged");
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the file name instead of the title");
      assertEquals("Opleidingsplan Medewerker callcenter", document.getDocumentInformation().getTitle());
      Set<String> roles = new TreeSet<>();
      collectRoles(catalog.getStructureTreeRoot().getKids(), roles);
      assertTrue(roles.containsAll(List.of("H1", "H2", "H3", "H4", "Table", "TR", "TH", "TD", "L", "LI", "P", "Form")), roles.toString());

      List<String> outline = new ArrayList<>();
      outline(catalog.getDocumentOutline().children(), "", outline);
      assertTrue(outline.contains("2. Geplande opleidingsacties/A. Jobgerelateerde competenties: basis/De klant informeren over de kenmerken van de producten en adviseren bij de keuze"), outline.toString());
      assertTrue(outline.contains("2. Geplande opleidingsacties/B. Jobgerelateerde competenties: specifiek/Binnenkomende oproepen voor medische hulpcentra ontvangen (Inbound)"), outline.toString());
      assertTrue(outline.contains("3. Handtekeningen"), outline.toString());
      long competencies = catalogue.occupation("medewerker-callcenter").orElseThrow().competencies().size();
      assertEquals(competencies, outline.stream().filter(line -> line.split("/").length == 3).count());
    }
  }

  private static void collectRoles(List<Object> kids, Set<String> roles) {
    for (Object kid : kids) {
      if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
        roles.add(element.getStructureType());
        collectRoles(element.getKids(), roles);
      }
    }
  }

  private static void outline(Iterable<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> items, String path, List<String> out) {
    for (var item : items) {
      String here = path.isEmpty() ? item.getTitle() : path + "/" + item.getTitle();
      out.add(here);
      outline(item.children(), here, out);
    }
  }

  @Test
  void everyFieldSaysInWordsWhatGoesInIt() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      assertEquals("Voorziene einddatum: Informeert over verkoopsvoorwaarden",
          form.getField("klant-informeren-en-adviseren.2.voorzien").getAlternateFieldName());
      assertEquals("Cursist(e)", form.getField("cursist").getAlternateFieldName());
      assertEquals("Datum: VDAB-consulent", form.getField("handtekening.consulent.datum").getAlternateFieldName());
      for (PDField field : form.getFieldTree()) {
        if (field instanceof PDTextField) {
          String tip = field.getAlternateFieldName();
          assertTrue(tip != null && tip.matches("\\p{Lu}.*\\p{L}.*") && !tip.contains(".voorzien"), field.getFullyQualifiedName() + ": " + tip);
        }
      }
    }
  }

  @Test
  void aNameInAnyLatinScriptShowsInTheFieldItIsTypedIn() throws IOException {
    String name = "Şahin Nguyễn Ørsted";
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      PDTextField field = (PDTextField) form.getField("cursist");
      field.setValue(name); // PDFBox builds the appearance stream here, with the field's font
      var widget = field.getWidgets().get(0);
      var appearance = widget.getAppearance().getNormalAppearance().getAppearanceStream();
      List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new ArrayList<>();
      for (COSName fontName : appearance.getResources().getFontNames()) {
        fonts.add(appearance.getResources().getFont(fontName));
      }
      assertEquals(1, fonts.size(), fonts.toString());
      var font = (org.apache.pdfbox.pdmodel.font.PDType0Font) fonts.get(0);
      assertTrue(font.getName().contains("DejaVu") && font.isEmbedded(), font.getName());
      // Any Latin-script name, not only this one: the font holds every Latin letter whatever was printed so far.
      String names = name + " Łukasz Dvořák Ağaoğlu Đặng Thị Nguyệt Øyvind Æsir Ñúñez Ĳsbrand Ŵyn";
      for (int cp : names.codePoints().filter(c -> c != ' ').toArray()) {
        String ch = new String(Character.toChars(cp));
        byte[] code = font.encode(ch);
        int gid = font.codeToGID(font.readCode(new java.io.ByteArrayInputStream(code)));
        assertTrue(gid > 0, "no glyph for " + ch);
      }
      String stream = new String(appearance.getContentStream().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(stream.contains("Tf") && stream.contains("Tj"), stream);
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
