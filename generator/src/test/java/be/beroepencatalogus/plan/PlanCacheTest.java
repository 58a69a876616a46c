package be.beroepencatalogus.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.build.BuildOptions;
import be.beroepencatalogus.build.BuildResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only plans whose inputs changed are rendered again. */
class PlanCacheTest {
  @TempDir Path dir;

  private BuildResult.Built build(FixtureSite site) throws IOException {
    return (BuildResult.Built) new SiteBuilder().build(new BuildOptions(site.dir(), dir.resolve("site"), Optional.empty(), dir.resolve("cache")));
  }

  @Test
  void changingACompetencyRerendersOnlyThePlansOfTheOccupationsThatUseIt() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"))
        .file("beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [bakken]\n---\nJe bakt brood.\n")
        .file("beroepen/chef.md", "---\ntitle: Chef\ncompetencies:\n  basis: [koken, bakken]\n---\nJe leidt de keuken.\n")
        .file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n## Kneedt deeg\n\nOefenen.\n");

    BuildResult.Built first = build(site);
    assertEquals(3, first.plans().rendered());
    assertEquals(0, first.plans().cached());

    BuildResult.Built unchanged = build(site);
    assertEquals(0, unchanged.plans().rendered());
    assertEquals(3, unchanged.plans().cached());

    site.file("competenties/bakken.md", "---\ntitle: Brood bakken\n---\n## Kneedt deeg\n\nOefenen tot het deeg soepel is.\n");
    BuildResult.Built changed = build(site);
    assertEquals(2, changed.plans().rendered(), "bakker and chef use 'bakken'; kok does not");
    assertEquals(1, changed.plans().cached());
    try (Stream<Path> cached = Files.list(dir.resolve("cache/plans"))) {
      assertEquals(6, cached.count(), "stale cache entries are removed: one PDF and its digest per plan");
    }
  }

  @Test
  void anotherEditionDateRendersThePlansAgainWithThatCreationDate() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"))
        .file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://example.org/\ndate: 2026-11-30\n");
    assertEquals(1, build(site).plans().rendered());
    assertEquals(0, build(site).plans().rendered());

    site.file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://example.org/\ndate: 2027-01-15\n");
    assertEquals(1, build(site).plans().rendered(), "the date is in the PDF: a cached PDF with the old date must not be used");
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/beroepen/kok/opleidingsplan.pdf").toFile())) {
      assertEquals(2027, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
    }

    site.file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://example.org/\n");
    assertEquals(1, build(site).plans().rendered());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("site/beroepen/kok/opleidingsplan.pdf").toFile())) {
      assertEquals(null, pdf.getDocumentInformation().getCreationDate(), "no date in the content: none in the PDF, never the clock's");
    }
  }

  @Test
  void theOccupationPageLinksThePdfWithItsSize() throws IOException {
    build(FixtureSite.minimal(dir.resolve("content")));
    String page = Files.readString(dir.resolve("site/beroepen/kok/index.html"));
    long size = Files.size(dir.resolve("site/beroepen/kok/opleidingsplan.pdf"));

    assertTrue(page.contains("href=\"/beroepen/kok/opleidingsplan.pdf\""), page);
    assertTrue(page.contains("(" + PlanRenderer.formatSize(size) + ")"), page);
    assertFalse(PlanRenderer.formatSize(size).isBlank());
  }

  @Test
  void sizesAreWrittenTheDutchWay() {
    assertEquals("1 kB", PlanRenderer.formatSize(12));
    assertEquals("51 kB", PlanRenderer.formatSize(50_985));
    assertEquals("1,2 MB", PlanRenderer.formatSize(1_234_567));
  }

  @Test
  void aPdfDroppedIntoTheCacheIsNotPublishedButRenderedAgain() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"));
    build(site);
    Path cached;
    try (Stream<Path> files = Files.list(dir.resolve("cache/plans"))) {
      cached = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    byte[] genuine = Files.readAllBytes(dir.resolve("site/beroepen/kok/opleidingsplan.pdf"));
    byte[] forged = "%PDF-1.4\n% vervalst\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Files.write(cached, forged);

    BuildResult.Built rebuilt = build(site);

    assertEquals(1, rebuilt.plans().rendered());
    assertArrayEquals(genuine, Files.readAllBytes(dir.resolve("site/beroepen/kok/opleidingsplan.pdf")));
    assertArrayEquals(genuine, Files.readAllBytes(cached), "the forged entry is replaced");
  }

  @Test
  void aPdfWithoutTheDigestTheCacheRecordedIsNotUsed() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir.resolve("content"));
    build(site);
    try (Stream<Path> files = Files.list(dir.resolve("cache/plans"))) {
      for (Path digest : files.filter(f -> f.toString().endsWith(".sha256")).toList()) {
        Files.delete(digest);
      }
    }
    assertEquals(1, build(site).plans().rendered());
    assertEquals(1, build(site).plans().cached());
  }
}
