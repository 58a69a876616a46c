package be.beroepencatalogus.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.PdfMode;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SeedCatalogueTest;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.importer.ImportPlanner.ConflictChoice;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.testing.BuiltSite;
import be.beroepencatalogus.testing.FrozenSeed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #14's test of record: the seed plan imported from its text export and from the Word, Word 97 and PDF files
 * LibreOffice made of it gives content that passes check, whose plan page holds every line of the seed, and that
 * equals the hand-made catalogue (frozen in {@code seed/catalogue}) field by field, but for the fixes in
 * {@code seed/fixes.tsv}, the ids (chosen from titles by the import, by a person by hand) and what the seed does not
 * hold (aliases, sector, the key skills' general definitions, comments).
 */
class SeedImportTest {
  static final Path RESOURCES = Path.of(System.getProperty("user.dir")).resolve("src/test/resources");
  @TempDir Path dir;

  static Path plan(String name) {
    Path fixture = RESOURCES.resolve("import").resolve(name);
    return Files.exists(fixture) ? fixture : RESOURCES.resolve("seed").resolve(name);
  }

  /** A catalogue with only its settings. */
  static Path emptyCatalogue(Path dir) throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("site.yaml"), "title: Beroepencatalogus\nlanguage: nl\nbase_url: /\n");
    return content;
  }

  @ParameterizedTest
  @ValueSource(strings = {"opleidingsplan-medewerker-callcenter.txt", "seed-callcenter.docx", "seed-callcenter.doc", "seed-callcenter.pdf"})
  void theSeedImportsIntoContentThatPassesCheckHoldsEveryLineAndEqualsTheHandMadeCatalogue(String file) throws IOException {
    Path content = emptyCatalogue(dir);
    PlanImporter.Result result = new PlanImporter().run(List.of(plan(file)), content, ConflictChoice.KEEP, false);
    assertTrue(result.succeeded(), result.failures() + " " + result.problems());
    assertTrue(result.written());
    assertEquals(List.of(), new SiteBuilder().check(content).problems(), "check right after the import");

    BuildResult built = new SiteBuilder().build(new BuildOptions(content, dir.resolve("site"), Optional.empty(), dir.resolve("cache"), PdfMode.NONE));
    assertTrue(built.succeeded(), built.problems().toString());
    Catalogue imported = new ContentLoader().load(content).catalogue();
    String occupationId = imported.occupations().get(0).id();
    String planPage = new BuiltSite(dir.resolve("site")).page("/beroepen/" + occupationId + "/opleidingsplan/").select("main").text();
    // The import keeps typos, so a line counts as there when the page holds it as fixed or as the seed has it.
    List<String> fixed = SeedCatalogueTest.seedLines(true);
    List<String> asTyped = SeedCatalogueTest.seedLines(false);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fixed.size(); i++) {
      if (!planPage.contains(fixed.get(i)) && !planPage.contains(asTyped.get(i))) {
        missing.add(fixed.get(i));
      }
    }
    assertTrue(fixed.size() > 150, "the seed has lines to look for");
    assertEquals(List.of(), missing, "seed lines missing from the imported plan page");

    Catalogue expected = new ContentLoader().load(FrozenSeed.CATALOGUE).catalogue();
    assertEquals(List.of(), differences(expected, imported, fixes()));
  }

  /** Every field the seed holds, compared after the fixes; each difference named. */
  static List<String> differences(Catalogue expected, Catalogue imported, Map<String, String> fixes) {
    return differences(expected, imported, fixes, UnaryOperator.identity());
  }

  /** As above, with both sides' text put through {@code normal} first. */
  static List<String> differences(Catalogue expected, Catalogue imported, Map<String, String> fixes, UnaryOperator<String> normal) {
    List<String> diffs = new ArrayList<>();
    Occupation want = expected.occupations().get(0);
    Occupation got = imported.occupations().get(0);
    compare(diffs, "occupation title", want.title(), fix(got.title(), fixes), normal);
    compare(diffs, "duration", want.duration(), got.duration(), normal);
    compare(diffs, "description", text(want.descriptionMarkdown()), fix(text(got.descriptionMarkdown()), fixes), normal);
    compare(diffs, "competencies (titles, groups)", uses(expected, want), fix(uses(imported, got), fixes), normal);
    compare(diffs, "key skills (titles)", want.keySkills().stream().map(k -> expected.keySkill(k.keySkillId()).orElseThrow().title()).toList(),
        got.keySkills().stream().map(k -> fix(imported.keySkill(k.keySkillId()).orElseThrow().title(), fixes)).toList(), normal);
    compare(diffs, "key skill descriptions", want.keySkills().stream().map(KeySkillUse::descriptionMarkdown).map(SeedImportTest::text).toList(),
        got.keySkills().stream().map(k -> fix(text(k.descriptionMarkdown()), fixes)).toList(), normal);
    for (int i = 0; i < Math.min(want.competencies().size(), got.competencies().size()); i++) {
      Competency w = expected.competency(want.competencies().get(i).competencyId()).orElseThrow();
      Competency g = imported.competency(got.competencies().get(i).competencyId()).orElseThrow();
      compare(diffs, "skills of '" + w.title() + "'", w.skills().stream().map(Skill::title).toList(), g.skills().stream().map(s -> fix(s.title(), fixes)).toList(), normal);
      for (int s = 0; s < Math.min(w.skills().size(), g.skills().size()); s++) {
        compare(diffs, "training actions of '" + w.skills().get(s).title() + "'",
            text(w.skills().get(s).trainingActionsMarkdown()), fix(text(g.skills().get(s).trainingActionsMarkdown()), fixes), normal);
      }
    }
    return diffs;
  }

  private static void compare(List<String> diffs, String what, Object want, Object got, UnaryOperator<String> normal) {
    if (!normalised(want, normal).equals(normalised(got, normal))) {
      diffs.add(what + ":\n  hand-made: " + want + "\n  imported:  " + got);
    }
  }

  private static Object normalised(Object value, UnaryOperator<String> normal) {
    return value instanceof List<?> list ? list.stream().map(v -> normalised(v, normal)).toList() : normal.apply((String) value);
  }

  private static List<String> uses(Catalogue catalogue, Occupation o) {
    return o.competencies().stream().map((CompetencyUse u) -> u.group() + " " + catalogue.competency(u.competencyId()).orElseThrow().title()).toList();
  }

  /** Markdown as lines of what a reader sees, list items marked with "- ". */
  static List<String> text(String markdown) {
    List<String> lines = new ArrayList<>();
    for (String block : markdown.strip().split("\\n\\s*\\n")) {
      for (String line : block.startsWith("- ") ? block.split("\\n") : new String[] {block.replace('\n', ' ')}) {
        lines.add(line.replaceAll("\\\\([\\p{Punct}])", "$1").replaceAll("\\s+", " ").strip());
      }
    }
    return lines;
  }

  private static List<String> fix(List<String> lines, Map<String, String> fixes) {
    return lines.stream().map(l -> fix(l, fixes)).toList();
  }

  private static String fix(String text, Map<String, String> fixes) {
    String fixed = text;
    for (Map.Entry<String, String> f : fixes.entrySet()) {
      fixed = fixed.replace(f.getKey(), f.getValue());
    }
    return fixed;
  }

  static Map<String, String> fixes() throws IOException {
    Map<String, String> fixes = new LinkedHashMap<>();
    try (InputStream in = SeedImportTest.class.getClassLoader().getResourceAsStream("seed/fixes.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t");
          fixes.put(parts[0], parts[1]);
        }
      }
    }
    return fixes;
  }
}
