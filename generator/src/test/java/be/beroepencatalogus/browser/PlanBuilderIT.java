package be.beroepencatalogus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.serve.StaticSiteServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mentor's plan builder: choose, fill in, keep several plans, pass them on as files, print, and download a PDF of
 * exactly the chosen parts; and nothing typed ever leaves the browser.
 */
class PlanBuilderIT extends BrowserTest {
  private static final String PLAN = "/beroepen/medewerker-callcenter/opleidingsplan/";
  private static final String STORE = "opleidingsplannen:medewerker-callcenter";
  private static final String MEDICAL = "binnenkomende-oproepen-medische-hulpcentra";
  private static final String MEDICAL_TITLE = "Binnenkomende oproepen voor medische hulpcentra ontvangen (Inbound)";
  private static final String ENGLISH_ROW = "zich-voorstellen-aan-de-telefoon.4";
  private static final String KEY_SKILL_ROW = "sleutel.kunnen-multitasken";

  /** Where the tailored PDF and the browser's printout are left for reviewers to look at, beside the screenshots. */
  private static final Path FOR_REVIEW = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  static final List<String> personalData = List.of("Jana", "Peeters", "Korenbloem", "2027", "Ahmed");

  @TempDir Path downloads;

  @BeforeEach
  void freshPlan() {
    browser.open(site.url(PLAN));
    browser.script("localStorage.clear()");
    browser.downloadsTo(downloads);
    openPlan();
  }

  @AfterEach
  void desktopAgain() {
    browser.resetViewport();
    browser.media("");
  }

  private void openPlan() {
    browser.open(site.url(PLAN));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> d.findElement(By.cssSelector("article.plan")).getAttribute("class").contains("plan-builder-ready"));
  }

  private WebElement field(String name) {
    return browser.driver().findElement(By.name(name));
  }

  private WebElement box(String id) {
    return browser.driver().findElement(By.cssSelector("input[data-kies='" + id + "']"));
  }

  private WebElement find(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private boolean shown(String css) {
    return find(css).isDisplayed();
  }

  /**
   * Enters a date as the date picker would: the order of the typed parts depends on the browser's locale, which the
   * test does not control, and the page only sees the input's ISO value and its input event either way.
   */
  private void typeDate(String name, String iso) {
    browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))", field(name), iso);
    assertEquals(iso, field(name).getDomProperty("value"));
  }

  /** Clicked as a user's click would be, through the DOM: a sticky element may cover the spot Selenium aims at. */
  private void click(WebElement element) {
    browser.script("arguments[0].click()", element);
  }

  private void click(String css) {
    click(find(css));
  }

  private String message() {
    return find("[data-plan-message]").getText();
  }

  private List<String> planNames() {
    return browser.driver().findElements(By.cssSelector("[data-plan-list] .plan-list-name")).stream().map(WebElement::getText).toList();
  }

  private void answerConfirm(boolean yes) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> find("[data-plan-confirm]").getAttribute("open") != null);
    find(yes ? "[data-plan-confirm-yes]" : "[data-plan-confirm-no]").click();
  }

  private Path awaitDownload(String suffix) {
    Path[] found = new Path[1];
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(20)).until(d -> {
      try (Stream<Path> files = Files.list(downloads)) {
        found[0] = files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        return found[0] != null && Files.size(found[0]) > 0;
      } catch (IOException e) {
        return false;
      }
    });
    return found[0];
  }

  @Test
  void theMentorsChoicesAndEntriesShapeThePrintViewStayInThisBrowserAndAreNeverSent() throws IOException {
    site.clearRequests();
    List<String> requests = new ArrayList<>();

    click(box(MEDICAL));
    click(box(ENGLISH_ROW));
    click(box(KEY_SKILL_ROW));
    field("cursist").sendKeys("Jana Peeters");
    field("bedrijf").sendKeys("Bakkerij De Korenbloem", Keys.ENTER);
    typeDate("zich-voorstellen-aan-de-telefoon.1.voorzien", "2027-01-15");
    assertEquals("date", field("zich-voorstellen-aan-de-telefoon.1.voorzien").getDomProperty("type"), "a native date input");
    requests.addAll(browser.requests().stream().map(Browser.Request::url).toList());

    browser.media("print");
    try {
      assertFalse(shown("section[data-competentie='" + MEDICAL + "']"), "an unticked competency prints");
      assertFalse(shown("section[data-groep='specifiek']"), "the specific group, now empty, prints its heading");
      assertFalse(shown(".plan-toc li[data-competentie='" + MEDICAL + "']"), "an unticked competency stays in the contents");
      assertFalse(shown("tr[data-rij='" + ENGLISH_ROW + "']"), "an unticked skill prints");
      assertFalse(shown("tr[data-rij='" + KEY_SKILL_ROW + "']"), "an unticked key skill prints");
      assertTrue(shown("tr[data-rij='zich-voorstellen-aan-de-telefoon.1']"));
      assertFalse(shown("input[data-kies]"), "check boxes print");
      assertFalse(shown(".plan-builder"), "the builder's explanation prints");
      try (PDDocument printed = Loader.loadPDF(browser.printToPdf())) {
        String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
        assertFalse(text.contains(MEDICAL_TITLE), "unticked competency in the printout");
        assertFalse(text.contains("B. Jobgerelateerde competenties: specifiek"), "empty group heading in the printout");
        assertFalse(text.contains("Kennis van Engels"), "unticked skill in the printout");
        assertFalse(text.contains("Kunnen multitasken"), "unticked key skill in the printout");
        assertTrue(text.contains("Kennis van het Frans"));
        assertTrue(text.contains("Cursist(e):"));
        // In the browser's own date format, which follows its locale (dd/mm/jjjj for nl-BE).
        assertTrue(text.matches(".*(15/01/2027|01/15/2027|15\\.01\\.2027|2027-01-15).*"), "the date as typed");
        int pages = printed.getNumberOfPages();
        assertTrue(text.contains("Opleidingsplan Medewerker callcenter · versie van 30/11/2026 ("), "running footer");
        assertTrue(text.contains("· Jana Peeters"), "the cursist's name in the running footer");
        assertTrue(text.contains("pagina " + pages + " van " + pages), "page numbers");
      }
    } finally {
      browser.media("");
    }

    openPlan();
    requests.addAll(browser.requests().stream().map(Browser.Request::url).toList());
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"), "entries are kept in this browser");
    assertEquals("2027-01-15", field("zich-voorstellen-aan-de-telefoon.1.voorzien").getDomProperty("value"));
    assertFalse(box(MEDICAL).isSelected());
    assertFalse(box(ENGLISH_ROW).isSelected());
    assertTrue(box("zich-voorstellen-aan-de-telefoon").isSelected());

    for (String request : requests) {
      personalData.forEach(word -> assertFalse(request.contains(word), "sent: " + request));
    }
    for (StaticSiteServer.Request answered : site.answered()) {
      personalData.forEach(word -> assertFalse(answered.path().contains(word), "sent: " + answered.path()));
      assertEquals("GET", answered.method());
    }

    // "Wissen" asks first; "Annuleren" keeps everything, "Ja" clears, and "Ongedaan maken" brings it back.
    click("[data-plan-actions='boven'] [data-plan-clear]");
    answerConfirm(false);
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"));
    click("[data-plan-actions='onder'] [data-plan-clear]");
    answerConfirm(true);
    assertEquals("", field("cursist").getDomProperty("value"));
    assertTrue(box(MEDICAL).isSelected());
    assertTrue(shown("section[data-competentie='" + MEDICAL + "']"));
    assertTrue(message().contains("Plan Jana Peeters gewist."), message());
    find("[data-plan-message] button").click();
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"));
    assertFalse(box(MEDICAL).isSelected());
  }

  @Test
  void thePageSaysInOneSentenceThatNothingIsSent() {
    String privacy = find(".plan-builder .privacy").getText();
    assertEquals("Wat je hier invult, blijft in deze browser op dit toestel en wordt nergens naartoe gestuurd.", privacy);
    assertTrue(browser.driver().findElements(By.cssSelector("article.plan form")).isEmpty(),
        "a form around the fields would send them when Enter is pressed");
  }

  @Test
  void eachCursistHasAPlanKeptByNameListedReopenedAndDeletedWithConfirmationAndUndo() {
    field("cursist").sendKeys("Jana Peeters");
    click(box(MEDICAL));
    click("[data-plan-new]");
    assertEquals("", field("cursist").getDomProperty("value"), "a new plan starts blank");
    assertTrue(box(MEDICAL).isSelected());
    field("cursist").sendKeys("Ahmed Şahin");
    assertEquals(List.of("Jana Peeters", "Ahmed Şahin"), planNames());

    openPlan();
    assertEquals(List.of("Jana Peeters", "Ahmed Şahin"), planNames(), "both plans are kept");
    assertEquals("Ahmed Şahin", field("cursist").getDomProperty("value"), "the plan last worked on opens");
    click(find("[data-plan-list] li:first-child button[aria-label='Openen: Jana Peeters']"));
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"));
    assertFalse(box(MEDICAL).isSelected(), "each plan keeps its own choices");

    click(find("button[aria-label='Verwijderen: Ahmed Şahin']"));
    answerConfirm(false);
    assertEquals(List.of("Jana Peeters", "Ahmed Şahin"), planNames(), "cancelled");
    click(find("button[aria-label='Verwijderen: Ahmed Şahin']"));
    assertTrue(find("[data-plan-confirm-text]").getText().contains("Ahmed Şahin"));
    answerConfirm(true);
    assertEquals(List.of("Jana Peeters"), planNames());
    assertTrue(message().contains("Plan Ahmed Şahin verwijderd."), message());
    assertEquals("Ongedaan maken", browser.driver().switchTo().activeElement().getText(), "focus goes to the undo button");
    find("[data-plan-message] button").click();
    assertEquals(List.of("Jana Peeters", "Ahmed Şahin"), planNames(), "undone");
    openPlan();
    assertEquals(List.of("Jana Peeters", "Ahmed Şahin"), planNames(), "the undo is kept");
  }

  /** Imports a file through the page's file input, as a user choosing it would. */
  private void importFile(Path file) {
    WebElement input = find("[data-plan-import]");
    browser.script("arguments[0].hidden = false", input);
    input.sendKeys(file.toString());
    browser.script("arguments[0].hidden = true", input);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !message().isBlank());
  }

  @Test
  void aPlanTravelsAsAFileAndAnImportOfAnotherVersionSaysWhatChanged() throws IOException {
    field("cursist").sendKeys("Jana Peeters");
    click(box(ENGLISH_ROW));
    typeDate("ibo-start", "2027-02-01");
    click("[data-plan-export]");
    Path exported = awaitDownload(".json");
    assertEquals("opleidingsplan-medewerker-callcenter-jana-peeters.json", exported.getFileName().toString());
    ObjectNode file = (ObjectNode) new ObjectMapper().readTree(exported.toFile());
    assertEquals("Jana Peeters", file.path("velden").path("cursist").asText());
    assertEquals("2027-02-01", file.path("velden").path("ibo-start").asText());

    // Not a plan: a clear message, and nothing lost.
    Path notAPlan = Files.writeString(downloads.resolve("boodschappen.json"), "melk, brood", StandardCharsets.UTF_8);
    importFile(notAPlan);
    assertTrue(message().startsWith("Dit bestand is geen opleidingsplan van deze site"), message());
    assertEquals(List.of("Jana Peeters"), planNames());
    assertEquals("Jana Peeters", field("cursist").getDomProperty("value"));

    // The same plan from an older catalogue: a skill then, gone now, and one now that was not there.
    file.put("versie", "0000000000");
    file.put("versiedatum", "01/06/2026");
    ((ObjectNode) file.path("velden")).put("cursist", "Jana Peeters (consulent)");
    ArrayNode contents = (ArrayNode) file.path("inhoud");
    contents.addObject().put("id", "koken.1").put("titel", "Kookt een ei");
    contents.remove(0);
    Path older = downloads.resolve("ouder.json");
    new ObjectMapper().writeValue(older.toFile(), file);
    importFile(older);
    String said = message();
    assertTrue(said.contains("Plan Jana Peeters (consulent) geïmporteerd."), said);
    assertTrue(said.contains("andere versie van de catalogus (01/06/2026 0000000000)"), said);
    assertTrue(said.contains("niet meer in het plan: Kookt een ei"), said);
    assertTrue(said.contains("nieuw in het plan (aangevinkt): Zich voorstellen aan de telefoon"), said);
    assertEquals(List.of("Jana Peeters", "Jana Peeters (consulent)"), planNames());
    assertEquals("2027-02-01", field("ibo-start").getDomProperty("value"));
    assertFalse(box(ENGLISH_ROW).isSelected(), "the choices travel with the plan");
  }

  @Test
  void theDownloadedPdfHoldsExactlyTheChosenPartsWithWhatWasTypedStillFillable() throws IOException {
    click(box(MEDICAL));
    click(box(ENGLISH_ROW));
    click(box(KEY_SKILL_ROW));
    click(box("klant-informeren-en-adviseren"));
    field("cursist").sendKeys("Şahin Nguyễn Ørsted");
    field("mentor").sendKeys("Jana Peeters");
    field("uren-per-week").sendKeys("38");
    typeDate("zich-voorstellen-aan-de-telefoon.1.voorzien", "2027-01-15");

    long start = System.nanoTime();
    click("[data-plan-actions='onder'] [data-plan-pdf]");
    Path pdf = awaitDownload(".pdf");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("[plan] builder to file: " + millis + " ms (first download, scripts and fonts fetched)");
    assertEquals("opleidingsplan-medewerker-callcenter-sahin-nguyen-orsted.pdf", pdf.getFileName().toString());
    assertTrue(message().startsWith("De pdf is gedownload"), message());
    Files.copy(pdf, Files.createDirectories(FOR_REVIEW).resolve("plan-op-maat.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 3 && pages <= 9, pages + " pages");
      assertEquals("nl-BE", document.getDocumentCatalog().getLanguage());
      assertEquals("Opleidingsplan Medewerker callcenter", document.getDocumentInformation().getTitle());
      assertEquals(2026, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR), "the edition's date");

      PDFTextStripper stripper = new PDFTextStripper();
      String text = stripper.getText(document).replaceAll("\\s+", " ");
      assertFalse(text.contains(MEDICAL_TITLE), "unticked competency");
      assertFalse(text.contains("B. Jobgerelateerde competenties: specifiek"), "empty group");
      assertFalse(text.contains("De klant informeren over de kenmerken"), "unticked competency");
      assertFalse(text.contains("Kennis van Engels"), "unticked skill");
      assertFalse(text.contains("Kunnen multitasken"), "unticked key skill");
      for (String expected : List.of("Opleidingsplan: Medewerker callcenter", "Cursist(e):", "Mentor:", "Begindatum IBO:",
          "Kennis van het Frans", "De naam herhalen met gebruik van NAVO alfabet", "C. Sleutelvaardigheden", "Commercieel zijn",
          "3. Handtekeningen", "VDAB-consulent", "Handtekening")) {
        assertTrue(text.contains(expected), "missing: " + expected);
      }
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String page = stripper.getText(document).replaceAll("\\s+", " ");
        assertTrue(page.contains("pagina " + i + " van " + pages), "page " + i);
        assertTrue(page.contains("versie van 30/11/2026 (") && page.contains("Şahin Nguyễn Ørsted"), "footer on page " + i);
      }

      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      Map<String, String> values = new TreeMap<>();
      for (PDField f : form.getFieldTree()) {
        if (f instanceof PDTextField t) {
          values.put(t.getFullyQualifiedName(), t.getValueAsString());
          assertTrue(t.getAlternateFieldName() != null && !t.getAlternateFieldName().isBlank(), "no tooltip: " + t.getFullyQualifiedName());
        }
      }
      assertEquals("Şahin Nguyễn Ørsted", values.get("cursist"));
      assertEquals("Jana Peeters", values.get("mentor"));
      assertEquals("38", values.get("uren-per-week"));
      assertEquals("15/01/2027", values.get("zich-voorstellen-aan-de-telefoon.1.voorzien"));
      assertEquals("", values.get("zich-voorstellen-aan-de-telefoon.1.afgewerkt"));
      assertFalse(values.containsKey(ENGLISH_ROW + ".voorzien"), "a field for an unticked skill");
      assertFalse(values.keySet().stream().anyMatch(n -> n.startsWith(MEDICAL)), "fields of an unticked competency");
      assertTrue(values.containsKey("handtekening.consulent.datum"));
      assertEquals("Voorziene einddatum: Kennis van het Frans",
          form.getField("zich-voorstellen-aan-de-telefoon.5.voorzien").getAlternateFieldName());
      form.getField("zich-voorstellen-aan-de-telefoon.1.afgewerkt").setValue("20/02/2027"); // still fillable
      TaggedPdf.assertFieldShowsEveryGlyph(form, "contractnummer", "Şahin Nguyễn Ørsted");
      TaggedPdf.assertTagged(document, List.of("Document", "H1", "H2", "H3", "H4", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "P", "Form"));

      // The table of contents gives the page each competency starts on, and the bookmarks go to the same pages.
      stripper.setSortByPosition(true);
      stripper.setStartPage(1);
      stripper.setEndPage(2);
      String first = stripper.getText(document);
      List<String> outline = new ArrayList<>();
      for (PDOutlineItem top : document.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(top.getTitle());
        for (PDOutlineItem group : top.children()) {
          outline.add(group.getTitle());
          for (PDOutlineItem competency : group.children()) {
            String title = competency.getTitle();
            outline.add(title);
            int bookmarked = document.getPages().indexOf(competency.findDestinationPage(document)) + 1;
            String head = title.substring(0, Math.min(40, title.length()));
            String tocLine = first.lines().filter(l -> l.contains(head)).findFirst().orElseThrow(() -> new AssertionError("not in contents: " + title));
            String numbered = first.lines().dropWhile(l -> !l.contains(head)).filter(l -> l.matches(".*\\d+\\s*$")).findFirst().orElse(tocLine);
            int listed = Integer.parseInt(numbered.replaceAll(".*\\D(\\d+)\\s*$", "$1"));
            assertEquals(bookmarked, listed, title);
            stripper.setStartPage(listed);
            stripper.setEndPage(listed);
            assertTrue(stripper.getText(document).replaceAll("\\s+", " ").contains(head), title + " is not on page " + listed);
          }
        }
      }
      assertTrue(outline.contains("A. Jobgerelateerde competenties: basis"), outline.toString());
      assertFalse(outline.contains("B. Jobgerelateerde competenties: specifiek"), outline.toString());
      assertFalse(outline.contains(MEDICAL_TITLE), outline.toString());
      assertTrue(outline.contains("3. Handtekeningen"), outline.toString());
    }

    // A second download, with the tools in place: what a mentor waits for each time after the first.
    Files.delete(pdf);
    long again = System.nanoTime();
    click("[data-plan-actions='boven'] [data-plan-pdf]");
    awaitDownload(".pdf");
    System.out.println("[plan] builder to file, again: " + (System.nanoTime() - again) / 1_000_000 + " ms");
  }

  @Test
  void theBlankPlanPrintsOnAtMostNinePagesWithNumbersAndNoPageLargelyEmpty() throws IOException {
    @SuppressWarnings("unchecked")
    List<String> headings = (List<String>) browser.script(
        "return [...document.querySelectorAll('.plan h2, .plan h3, .plan h4')].map(h => h.textContent.replace(/\\s+/g, ' ').trim())");
    browser.media("print");
    byte[] bytes = browser.printToPdf();
    Files.write(Files.createDirectories(FOR_REVIEW).resolve("plan-afgedrukt.pdf"), bytes);
    try (PDDocument printed = Loader.loadPDF(bytes)) {
      int pages = printed.getNumberOfPages();
      System.out.println("[plan] blank plan printed from the browser: " + pages + " pages");
      assertTrue(pages <= 9, pages + " pages");
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        String page = stripper.getText(printed).replaceAll("\\s+", " ");
        assertTrue(page.contains("pagina " + i + " van " + pages), "page " + i + ": " + page.substring(Math.max(0, page.length() - 150)));
        assertTrue(page.contains("Opleidingsplan Medewerker callcenter · versie van 30/11/2026 ("), "footer on page " + i);
      }
      for (String s : List.of("3. Handtekeningen", "Einddatum IBO:", "Uren per week:", "Datum van het plan:", "VDAB-consulent:")) {
        assertTrue(new PDFTextStripper().getText(printed).contains(s), s);
      }
      // How far down each page the content reaches (the footer aside): rows that break fill the pages.
      for (int i = 1; i < pages; i++) {
        float lowest = PrintedPages.lowestContent(printed, i);
        float fill = lowest / PrintedPages.contentHeight(printed, i);
        assertTrue(fill >= 0.75 || PrintedPages.startsWithOneOf(printed, i + 1, headings),
            "page " + i + " of " + pages + " is only " + Math.round(fill * 100) + "% full");
      }
    }
  }

  @Test
  void onAPhoneDateFieldsHoldADateAndTheActionsAreAlsoAtTheEnd() {
    browser.viewport(360, 740, true);
    openPlan();
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) browser.script("""
        const input = document.querySelector('input[name="zich-voorstellen-aan-de-telefoon.1.voorzien"]');
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = getComputedStyle(input).font;
        return { width: input.getBoundingClientRect().width, char: canvas.measureText('0').width, type: input.type,
                 right: input.getBoundingClientRect().right };""");
    double width = ((Number) m.get("width")).doubleValue();
    double ch = ((Number) m.get("char")).doubleValue();
    assertEquals("date", m.get("type"));
    assertTrue(width >= 11 * ch, "date field " + width + " px wide, 11 characters are " + 11 * ch + " px");
    assertTrue(((Number) m.get("right")).doubleValue() <= 360, "off screen");
    WebElement end = find("[data-plan-actions='onder']");
    assertTrue(end.findElement(By.cssSelector("[data-plan-print]")).isDisplayed());
    assertTrue(end.findElement(By.cssSelector("[data-plan-pdf]")).isDisplayed());
  }

  @Test
  void axeFindsNoViolationsInAnyStateOfTheBuilder() throws IOException {
    field("cursist").sendKeys("Jana Peeters");
    click("[data-plan-new]");
    field("cursist").sendKeys("Ahmed");
    assertEquals(List.of(), Axe.run(browser).violations(), "plans list");

    click(find("button[aria-label='Verwijderen: Jana Peeters']"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> find("[data-plan-confirm]").getAttribute("open") != null);
    assertEquals(List.of(), Axe.run(browser).violations(), "confirm dialog");
    answerConfirm(true);
    assertEquals(List.of(), Axe.run(browser).violations(), "deleted, with undo");

    importFile(Files.writeString(downloads.resolve("kapot.json"), "{\"soort\": \"iets anders\"}"));
    assertTrue(message().startsWith("Dit bestand is geen opleidingsplan"), message());
    assertEquals(List.of(), Axe.run(browser).violations(), "import error");

    browser.colorScheme("dark");
    try {
      assertEquals(List.of(), Axe.run(browser).violations(), "import error, dark");
    } finally {
      browser.colorScheme("light");
    }
  }

  @Test
  void theBlankPdfTheSitePublishesIsTaggedToo() throws Exception {
    java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/beroepen/medewerker-callcenter/opleidingsplan.pdf"))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    try (PDDocument document = Loader.loadPDF(response.body())) {
      TaggedPdf.assertTagged(document, List.of("Document", "H1", "H2", "H3", "H4", "Table", "TR", "TH", "TD", "L", "LI", "P", "Form"));
      TaggedPdf.assertFieldShowsEveryGlyph(document.getDocumentCatalog().getAcroForm(), "handtekening.werkgever.naam", "Şahin Nguyễn Ørsted");
    }
  }

  @Test
  void unchangedStorageFromTheSinglePlanOfEarlierVersionsIsKept() {
    browser.script("localStorage.clear(); localStorage.setItem('opleidingsplan:medewerker-callcenter', JSON.stringify("
        + "{velden: {cursist: 'Jana Peeters', 'zich-voorstellen-aan-de-telefoon.1.voorzien': '15/01/2027'}, uit: ['" + MEDICAL + "']}))");
    openPlan();
    assertEquals(List.of("Jana Peeters"), planNames());
    assertEquals("2027-01-15", field("zich-voorstellen-aan-de-telefoon.1.voorzien").getDomProperty("value"));
    assertFalse(box(MEDICAL).isSelected());
    field("bedrijf").sendKeys("x");
    assertNull(browser.script("return localStorage.getItem('opleidingsplan:medewerker-callcenter')"));
    assertTrue(((String) browser.script("return localStorage.getItem(arguments[0])", STORE)).contains("Jana Peeters"));
  }
}
