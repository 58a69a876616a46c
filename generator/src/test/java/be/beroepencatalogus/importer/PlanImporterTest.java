package be.beroepencatalogus.importer;

import be.beroepencatalogus.io.FileTrees;
import static be.beroepencatalogus.importer.SeedImportTest.emptyCatalogue;
import static be.beroepencatalogus.importer.SeedImportTest.plan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.importer.ImportChanges.Entry;
import be.beroepencatalogus.importer.ImportChanges.PlanChanges;
import be.beroepencatalogus.importer.ImportChanges.Status;
import be.beroepencatalogus.importer.ImportPlanner.ConflictChoice;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.testing.FrozenSeed;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import against a catalogue: what is reused, what conflicts, what is new; repeatable, all or nothing. */
class PlanImporterTest {
  @TempDir Path dir;

  /** The hand-made seed catalogue, copied. */
  private Path seedCatalogue() throws IOException {
    Path content = dir.resolve("content");
    FileTrees.copy(FrozenSeed.CATALOGUE, content);
    return content;
  }

  private static PlanImporter.Result run(Path content, ConflictChoice choice, boolean dryRun, Path... plans) throws IOException {
    return new PlanImporter().run(List.of(plans), content, choice, dryRun);
  }

  private static Map<String, Status> statuses(List<Entry> entries) {
    return entries.stream().collect(Collectors.toMap(Entry::id, Entry::status, (a, b) -> a, TreeMap::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"second-klantendienst.docx", "second-klantendienst.doc", "second-klantendienst.pdf"})
  void aSecondPlanReusesTheSharedCompetenciesAndKeySkillsAndReportsTheConflictAndTheNearMatch(String file) throws IOException {
    Path content = seedCatalogue();
    PlanImporter.Result result = run(content, ConflictChoice.KEEP, false, plan(file));

    assertTrue(result.succeeded(), result.failures() + " " + result.problems());
    PlanChanges changes = result.changes().plans().get(0);
    assertEquals(new Entry("medewerker-klantendienst", "Medewerker klantendienst", Status.NEW, ""), changes.occupation());
    assertEquals(Map.of(
        "klant-wegwijs-maken-en-doorschakelen", Status.REUSED,
        "binnenkomende-oproepen-behandelen", Status.REUSED,
        "digitale-opvolgingsdocumenten-invullen", Status.CONFLICT_KEPT,
        "klant-informeren-over-de-kenmerken-van-de-produkten", Status.NEW,
        "klachten-van-klanten-registreren-behandelen-en-opvolgen", Status.NEW,
        "schriftelijke-vragen-van-klanten-beantwoorden", Status.NEW,
        "retours-en-terugbetalingen-administratief-afhandelen", Status.NEW), statuses(changes.competencies()));
    assertEquals(Map.of(
        "klantgericht-zijn", Status.NEW, "nauwkeurig-werken", Status.NEW,
        "communicatief-zijn", Status.REUSED, "kunnen-omgaan-met-stress", Status.REUSED, "flexibel-zijn", Status.REUSED),
        statuses(changes.keySkills()));
    String diff = changes.competencies().stream().filter(e -> e.status() == Status.CONFLICT_KEPT).findFirst().orElseThrow().diff();
    assertTrue(diff.contains("    - Duidelijke richtlijnen geven over gebruik van software voor klantenbeheer\n"), diff);
    assertTrue(diff.contains("    + ## Gebruikt software voor klantenbeheer (CRM) en registreert elk klantencontact\n"), diff);
    assertEquals(1, changes.candidates().size(), changes.candidates().toString());
    assertTrue(changes.candidates().get(0).contains("looks like 'De klant informeren over de kenmerken van de producten en adviseren bij de keuze' (klant-informeren-en-adviseren)"));

    assertEquals(List.of(), new SiteBuilder().check(content).problems(), "check passes right after the import");
    Catalogue catalogue = new ContentLoader().load(content).catalogue();
    assertEquals(2, catalogue.occupations().size());
    assertEquals(13, catalogue.competencies().size());
    assertEquals(10, catalogue.keySkills().size());
  }

  @Test
  void theSecondPlanGivesTheSameFilesFromWordWord97AndPdf() throws IOException {
    Map<String, String> docx = importedFiles("second-klantendienst.docx");
    assertEquals(docx, importedFiles("second-klantendienst.doc"));
    assertEquals(docx, importedFiles("second-klantendienst.pdf"));
    assertEquals(7, docx.size());
  }

  /** What an import into the seed catalogue adds, by path, with the comments naming the source file left out. */
  private Map<String, String> importedFiles(String file) throws IOException {
    Path content = Files.createDirectories(dir.resolve(file)).resolve("content");
    FileTrees.copy(FrozenSeed.CATALOGUE, content);
    PlanImporter.Result result = run(content, ConflictChoice.KEEP, false, plan(file));
    assertTrue(result.written(), result.failures() + " " + result.problems());
    Map<String, String> files = new TreeMap<>();
    for (ImportChanges.NewFile f : result.changes().files()) {
      files.put(f.path(), Files.readString(content.resolve(f.path())).replaceAll("(?m)^#.*\\n", ""));
    }
    return files;
  }

  @Test
  void variantWritesTheConflictingCompetencyWithAnIdOfItsOwn() throws IOException {
    Path content = seedCatalogue();
    PlanImporter.Result result = run(content, ConflictChoice.VARIANT, false, plan("second-klantendienst.docx"));

    assertTrue(result.succeeded(), result.problems().toString());
    Entry variant = result.changes().plans().get(0).competencies().stream().filter(e -> e.status() == Status.CONFLICT_VARIANT).findFirst().orElseThrow();
    assertEquals("digitale-opvolgingsdocumenten-van-de-oproep-invullen", variant.id());
    assertTrue(Files.readString(content.resolve("competenties/digitale-opvolgingsdocumenten-invullen.md")).contains("Duidelijke richtlijnen"), "the catalogue's own is untouched");
    assertTrue(Files.readString(content.resolve("competenties/" + variant.id() + ".md")).contains("## Gebruikt software voor klantenbeheer (CRM)"));
    assertEquals(List.of(), new SiteBuilder().check(content).problems());
  }

  @Test
  void importingThePlansAgainChangesNothing() throws IOException {
    Path content = emptyCatalogue(dir);
    assertTrue(run(content, ConflictChoice.KEEP, false, plan("seed-callcenter.docx"), plan("second-klantendienst.pdf")).written());
    Map<String, byte[]> before = tree(content);

    PlanImporter.Result again = run(content, ConflictChoice.KEEP, false, plan("seed-callcenter.pdf"), plan("second-klantendienst.docx"));

    assertTrue(again.succeeded(), again.failures() + " " + again.problems());
    assertEquals(List.of(), again.changes().files());
    assertFalse(again.written());
    assertEquals(Status.REUSED, again.changes().plans().get(0).occupation().status());
    // The second plan's conflicting competency is reported again, and again nothing is written for it.
    assertTrue(again.changes().plans().stream().flatMap(p -> p.competencies().stream())
        .allMatch(e -> e.status() == Status.REUSED || e.status() == Status.CONFLICT_KEPT));
    assertSameTree(before, tree(content));
  }

  @Test
  void plansOfOneRunShareWhatTheyHaveInCommon() throws IOException {
    Path content = emptyCatalogue(dir);
    PlanImporter.Result result = run(content, ConflictChoice.KEEP, false, plan("seed-callcenter.docx"), plan("second-klantendienst.docx"));
    assertTrue(result.written());
    PlanChanges second = result.changes().plans().get(1);
    assertEquals(Status.REUSED, statuses(second.competencies()).get("klant-wegwijs-maken-en-de-oproep-naar-de-gepaste"));
    assertEquals(Status.REUSED, statuses(second.keySkills()).get("flexibel-zijn"));
    assertEquals(List.of(), new SiteBuilder().check(content).problems());
  }

  @Test
  void mergedCellsReadAsTheSeedDoes() throws IOException {
    Path content = emptyCatalogue(dir);
    assertTrue(run(content, ConflictChoice.KEEP, false, plan("seed-callcenter.docx")).written());

    PlanImporter.Result merged = run(content, ConflictChoice.KEEP, true, plan("variant-merged-cells.docx"));

    assertTrue(merged.succeeded(), merged.failures().toString());
    assertEquals(3, merged.changes().plans().get(0).competencies().size());
    assertTrue(merged.changes().plans().get(0).competencies().stream().allMatch(e -> e.status() == Status.REUSED),
        ImportReport.of(merged.changes()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"variant-long-skill.docx", "variant-long-skill.pdf"})
  void aSkillSpanningTwoPagesStaysOneSkill(String file) throws IOException {
    Path content = emptyCatalogue(dir);
    assertTrue(run(content, ConflictChoice.KEEP, false, plan("seed-callcenter.docx")).written());

    PlanImporter.Result result = run(content, ConflictChoice.KEEP, true, plan(file));

    assertTrue(result.succeeded(), result.failures().toString());
    List<Entry> competencies = result.changes().plans().get(0).competencies();
    assertEquals(List.of(Status.REUSED, Status.CONFLICT_KEPT), competencies.stream().map(Entry::status).toList(), ImportReport.of(result.changes()));
    String diff = competencies.get(1).diff();
    assertEquals(22, diff.lines().filter(l -> l.startsWith("    + ")).count(), diff);
    assertEquals(0, diff.lines().filter(l -> l.startsWith("    - ")).count(), diff);
    assertTrue(diff.contains("    + Week 4, dag 5: nabespreking van de opgenomen gesprekken"), diff);
  }

  @Test
  void theCataloguesOwnPdfPlanImportsAsTheCatalogueItCameFrom() throws IOException {
    Path expected = FrozenSeed.CATALOGUE;
    assertTrue(new SiteBuilder().build(new BuildOptions(expected, dir.resolve("site"), Optional.empty(), dir.resolve("cache"))).succeeded());
    Path content = emptyCatalogue(dir);

    PlanImporter.Result result = run(content, ConflictChoice.KEEP, false, dir.resolve("site/beroepen/medewerker-callcenter/opleidingsplan.pdf"));

    assertTrue(result.succeeded(), result.failures() + " " + result.problems());
    assertEquals(List.of(), result.changes().plans().get(0).plan().notes());
    Catalogue imported = new ContentLoader().load(content).catalogue();
    // This PDF breaks lines before an opening parenthesis ("cursist" | "(e)"), where a reader cannot tell whether a
    // space was typed; everything else, paragraphs and list items too, must come back as it was.
    assertEquals(List.of(), SeedImportTest.differences(new ContentLoader().load(expected).catalogue(), imported, Map.of(),
        text -> text.replace(" (", "(")));
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    Path content = seedCatalogue();
    Map<String, byte[]> before = tree(content);

    PlanImporter.Result result = run(content, ConflictChoice.KEEP, true, plan("second-klantendienst.docx"));

    assertTrue(result.succeeded());
    assertEquals(7, result.changes().files().size());
    assertFalse(result.written());
    assertSameTree(before, tree(content));
  }

  static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted().toList()) {
        files.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
      }
    }
    return files;
  }

  static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
  }

  @Test
  void theCatalogueDiffAfterwardsNamesExactlyWhatWasAdded() throws Exception {
    Path content = seedCatalogue();
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern("content").call();
      git.commit().setMessage("seed").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
    }
    assertTrue(run(content, ConflictChoice.KEEP, false, plan("second-klantendienst.docx")).written());

    be.beroepencatalogus.testing.Cli cli = new be.beroepencatalogus.testing.Cli();
    int code = cli.run("diff", "HEAD", "--repo", dir.toString());

    assertEquals(0, code, cli.err());
    assertEquals(List.of(
        "occupation added: medewerker-klantendienst \"Medewerker klantendienst\"",
        "competency added: klachten-van-klanten-registreren-behandelen-en-opvolgen \"Klachten van klanten registreren, behandelen en opvolgen\"",
        "competency added: klant-informeren-over-de-kenmerken-van-de-produkten \"De klant informeren over de kenmerken van de produkten en adviseren bij de keuze\"",
        "competency added: retours-en-terugbetalingen-administratief-afhandelen \"Retours en terugbetalingen administratief afhandelen\"",
        "competency added: schriftelijke-vragen-van-klanten-beantwoorden \"Schriftelijke vragen van klanten beantwoorden (e-mail, chat, sociale media)\"",
        "key skill added: klantgericht-zijn \"Klantgericht zijn\"",
        "key skill added: nauwkeurig-werken \"Nauwkeurig werken\"",
        "summary: 1 occupation added, 4 competencies added, 2 key skills added; affects 1 occupation"),
        cli.out().lines().skip(1).toList());
  }
}
