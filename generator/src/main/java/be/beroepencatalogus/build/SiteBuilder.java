package be.beroepencatalogus.build;

import be.beroepencatalogus.check.CatalogueChecker;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.load.BaseUrl;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.SourceRef;
import be.beroepencatalogus.plan.PlanFonts;
import be.beroepencatalogus.plan.PlanPdf;
import be.beroepencatalogus.plan.PlanPdfCache;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.plan.PlanViews;
import be.beroepencatalogus.render.CatalogueJson;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Sitemap;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.ThemeAssets;
import be.beroepencatalogus.render.ThemeResources;
import be.beroepencatalogus.render.Urls;
import be.beroepencatalogus.search.BrowserIndexWriter;
import be.beroepencatalogus.search.SearchDoc;
import be.beroepencatalogus.search.SearchDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs the pipeline in order: load -> check -> render pages, plans, data files -> swap the output folder.
 * Content with errors writes nothing; the previous site stays as it was.
 */
public final class SiteBuilder {
  final Templates templates = new Templates();
  final ThemeAssets assets = new ThemeAssets();
  final PlanPdf planPdf = PlanFonts.pdf();
  final String planPdfCss = ThemeResources.text("print/plan-pdf.css");
  final String fontsFingerprint = PlanFonts.fingerprint();

  /** Loads and checks the content; problems are sorted by file and line. */
  public CheckResult check(Path contentDir) {
    return check(new ContentLoader().load(contentDir));
  }

  /** Checks loaded content; problems are sorted by file and line. */
  static CheckResult check(LoadResult loaded) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(new CatalogueChecker().check(loaded.catalogue(), loaded.links(), loaded.unreadable()));
    problems.sort(Problem.BY_POSITION);
    return new CheckResult(loaded.catalogue(), problems);
  }

  public BuildResult build(BuildOptions options) throws IOException {
    return build(options, () -> check(options.contentDir()));
  }

  /** As {@link #build(BuildOptions)}, with the content loaded and checked by {@code loadAndCheck} (serve keeps what it read). */
  BuildResult build(BuildOptions options, Supplier<CheckResult> loadAndCheck) throws IOException {
    long start = System.nanoTime();
    StageTimes times = new StageTimes();
    CheckResult checked = times.time("load and check", loadAndCheck);
    List<Problem> problems = new ArrayList<>(checked.problems());
    if (options.baseUrl().isPresent() && !BaseUrl.isValid(options.baseUrl().get())) {
      problems.add(Problem.error(new SourceRef("--base-url", 1, 1), "invalid base URL '" + options.baseUrl().get() + "'",
          BaseUrl.HINT));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return BuildResult.failed(problems, elapsedSince(start));
    }
    Catalogue catalogue = checked.catalogue();
    if (options.baseUrl().isPresent()) {
      catalogue = catalogue.withSettings(catalogue.settings().withBaseUrl(BaseUrl.normalize(options.baseUrl().get())));
    }
    Messages messages;
    try {
      messages = new Messages(catalogue.settings().language());
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(catalogue.settings().source(), "the theme has no UI strings for language '" + catalogue.settings().language() + "'", "use 'language: nl'"));
      return BuildResult.failed(problems, elapsedSince(start));
    }
    Catalogue finalCatalogue = catalogue;
    Rendered[] rendered = new Rendered[1];
    SiteOutput out = new OutputSwap(options.outDir(), options.contentDir()).replaceWith(dir -> {
      SiteOutput site = new SiteOutput(dir);
      PlanPdfCache cache = options.pdfs() ? new PlanPdfCache(options.cacheDir().resolve("plans")) : null;
      rendered[0] = render(finalCatalogue, messages, site, cache, times);
      return site;
    });
    return new BuildResult(problems, true, out.pageCount(), out.fileCount(), elapsedSince(start), times.ordered(),
        rendered[0].search(), rendered[0].plans(), finalCatalogue.settings());
  }

  /** What the render stages report back. */
  private record Rendered(SearchStats search, PlanRenderer.Result plans) {}

  /** {@code cache} null: no PDFs, only the print pages. */
  private Rendered render(Catalogue catalogue, Messages messages, SiteOutput out, PlanPdfCache cache, StageTimes times) {
    Urls urls = new Urls(catalogue.settings().baseUrl());
    MarkdownHtml markdown = new MarkdownHtml(urls);
    PageContext ctx = new PageContext(catalogue.settings(), urls, messages);
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    ExecutorService beside = Executors.newFixedThreadPool(2);
    // The search index and the data files need no pages, so they are made beside them, each on a thread of its
    // own: their parts that run on one core (the JSON writers) then fill the gaps the pages leave, and the other
    // way round, and the last one to finish is not held up by the other.
    CompletableFuture<SearchStats> search = CompletableFuture.supplyAsync(
        () -> times.time("search index", () -> writeSearchIndex(catalogue, messages, markdown, out)), beside);
    CompletableFuture<Void> data = CompletableFuture.runAsync(() -> times.time("data files and assets", () -> {
      writeDataFiles(catalogue, urls, out);
      assets.copyTo(out);
    }), beside);
    try {
      PlanRenderer planRenderer = new PlanRenderer(templates, ctx, new PlanViews(markdown, messages), planPdf, cache, planPdfCss, fontsFingerprint);
      PlanRenderer.Result plans = cache == null
          ? times.time("plans (pages)", () -> planRenderer.renderPages(catalogue, out, pool))
          : times.time("plans (pages and PDFs)", () -> planRenderer.renderAll(catalogue, out, pool));
      Map<String, String> pdfSizes = new HashMap<>();
      plans.pdfSizes().forEach((id, size) -> pdfSizes.put(id, PlanRenderer.formatSize(size)));
      times.time("pages", () -> new PageRenderer(templates, ctx, markdown, id -> pdfSizes.getOrDefault(id, "")).renderAll(catalogue, out));
      join(data);
      return new Rendered(join(search), plans);
    } finally {
      // On failure too: nothing may still write into the folder the caller is about to remove.
      search.exceptionally(e -> null).join();
      data.exceptionally(e -> null).join();
      pool.shutdown();
      beside.shutdown();
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The open-data export, the sitemap and robots.txt: files that follow from the whole catalogue. */
  static void writeDataFiles(Catalogue catalogue, Urls urls, SiteOutput out) {
    out.write("/catalogus.json", new CatalogueJson().json(catalogue));
    out.write("/sitemap.xml", new Sitemap().xml(catalogue, urls));
    out.write("/robots.txt", "User-agent: *\nAllow: /\nSitemap: " + urls.absolute("/sitemap.xml") + "\n");
  }

  static SearchStats writeSearchIndex(Catalogue catalogue, Messages messages, MarkdownHtml markdown, SiteOutput out) {
    List<SearchDoc> docs = new SearchDocs(markdown).of(catalogue);
    BrowserIndexWriter.Stats stats = new BrowserIndexWriter().write(docs, messages, out);
    return new SearchStats(docs.size(), stats.files(), stats.bytes());
  }

  /** A session for {@code serve}: builds once, then re-renders only what each change affects. */
  public SiteSession session(Path contentDir, Path outDir, Path cacheDir, String baseUrl) {
    return new SiteSession(this, contentDir, outDir, cacheDir, baseUrl);
  }

  static Duration elapsedSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
