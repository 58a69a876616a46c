package be.beroepencatalogus.build;

import be.beroepencatalogus.check.CatalogueChecker;
import be.beroepencatalogus.check.EscoRules;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.load.BaseUrl;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.SourceRef;
import be.beroepencatalogus.plan.PlanPdfCache;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pipeline in order: load -> check -> render pages, plans, data files -> swap the output folder.
 * Content with errors writes nothing; the previous site stays as it was.
 */
public final class SiteBuilder {
  private final SiteRenderer renderer;

  public SiteBuilder() {
    this(Templates.precompiled());
  }

  /** Renders with {@code templates} (such as the theme folder's, loaded at runtime). */
  public SiteBuilder(Templates templates) {
    this.renderer = new SiteRenderer(templates);
  }

  /** Loads and checks the content; problems are sorted by file and line. */
  public CheckResult check(Path contentDir) {
    return check(new ContentLoader().load(contentDir));
  }

  /** Checks loaded content; problems are sorted by file and line. */
  public static CheckResult check(LoadResult loaded) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(new CatalogueChecker().check(loaded.catalogue(), loaded.links(), loaded.unreadable()));
    problems.addAll(EscoRules.check(loaded.catalogue(), loaded.escoList()));
    problems.sort(Problem.BY_POSITION);
    return new CheckResult(loaded.catalogue(), problems);
  }

  public BuildResult build(BuildOptions options) throws IOException {
    long start = System.nanoTime();
    StageTimes times = new StageTimes();
    CheckResult checked = times.time("load and check", () -> check(options.contentDir()));
    List<Problem> problems = new ArrayList<>(checked.problems());
    if (options.baseUrl().isPresent() && !BaseUrl.isValid(options.baseUrl().get())) {
      problems.add(Problem.error(new SourceRef("--base-url", 1, 1), "invalid base URL '" + options.baseUrl().get() + "'",
          BaseUrl.HINT));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return new BuildResult.Failed(problems, elapsedSince(start));
    }
    Catalogue catalogue = options.baseUrl()
        .map(url -> checked.catalogue().withSettings(checked.catalogue().settings().withBaseUrl(BaseUrl.normalize(url))))
        .orElse(checked.catalogue());
    SiteRenderer.unsupportedLanguage(catalogue.settings()).ifPresent(problems::add);
    if (problems.stream().anyMatch(Problem::isError)) {
      return new BuildResult.Failed(problems, elapsedSince(start));
    }
    Written written = new OutputSwap(options.outDir(), options.contentDir())
        .replaceWith(dir -> render(catalogue, options, new SiteOutput(dir), times));
    return new BuildResult.Built(problems, written.out().pageCount(), written.out().fileCount(), elapsedSince(start), times.ordered(),
        written.search(), written.plans(), catalogue.settings());
  }

  /** What the render stages wrote and report back. */
  private record Written(SiteOutput out, SearchStats search, PlanStats plans) {}

  private Written render(Catalogue catalogue, BuildOptions options, SiteOutput out, StageTimes times) {
    PlanPdfCache cache = new PlanPdfCache(options.cacheDir().resolve("plans"));
    // Filled by the PDFs, which are made before the pages that link to them show their sizes.
    Map<String, String> pdfSizes = new ConcurrentHashMap<>();
    Renderers r = renderer.renderers(catalogue.settings(), cache, id -> pdfSizes.getOrDefault(id, ""));
    SitePages pages = r.sitePages(catalogue);
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    ExecutorService beside = Executors.newFixedThreadPool(2);
    // The search index and the data files need no pages, so they are made beside them, each on a thread of its
    // own: their parts that run on one core (the JSON writers) then fill the gaps the pages leave, and the other
    // way round, and the last one to finish is not held up by the other.
    CompletableFuture<SearchStats> search = CompletableFuture.supplyAsync(
        () -> times.time("search index", () -> r.writeSearchIndex(catalogue, out)), beside);
    CompletableFuture<Void> data = CompletableFuture.runAsync(() -> times.time("data files and assets", () -> {
      r.writeDataFiles(catalogue, out);
      renderer.copyAssets(out);
    }), beside);
    try {
      PlanStats plans = switch (options.pdfs()) {
        case RENDER -> times.time("plans (pages and PDFs)", () -> {
          PlanStats made = renderPdfs(catalogue, r.plans(), cache, out, pool, pdfSizes);
          pages.writePrintPages(out);
          return made;
        });
        case NONE -> times.time("plans (pages)", () -> {
          pages.writePrintPages(out);
          return new PlanStats(catalogue.occupations().size(), 0, 0, 0);
        });
      };
      times.time("pages", () -> pages.writeOtherPages(out));
      join(data);
      return new Written(out, join(search), plans);
    } finally {
      // On failure too: nothing may still write into the folder the caller is about to remove.
      search.exceptionally(e -> null).join();
      data.exceptionally(e -> null).join();
      pool.shutdown();
      beside.shutdown();
    }
  }

  /** Every plan's PDF, on all cores, into {@code out} and its size into {@code pdfSizes}; the cache keeps only these. */
  private static PlanStats renderPdfs(Catalogue catalogue, PlanRenderer plans, PlanPdfCache cache, SiteOutput out,
      ExecutorService pool, Map<String, String> pdfSizes) {
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger cached = new AtomicInteger();
    List<PlanRenderer.Job> jobs = new ArrayList<>();
    for (Occupation occupation : catalogue.occupations()) {
      jobs.add(plans.startPdf(catalogue, occupation, out, pool, rendered, cached));
    }
    Set<String> keys = new HashSet<>();
    long bytes = 0;
    for (PlanRenderer.Job job : jobs) {
      long size = join(job.size());
      keys.add(job.key().join());
      pdfSizes.put(job.plan().occupationId(), PlanRenderer.formatSize(size));
      bytes += size;
    }
    cache.retainOnly(keys);
    return new PlanStats(jobs.size(), rendered.get(), cached.get(), bytes);
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

  /** A session for {@code serve}: the content kept in memory, each page rendered when a browser asks for it. */
  public SiteSession session(Path contentDir, Path outDir, Path cacheDir, String baseUrl) {
    return new SiteSession(renderer, contentDir, outDir, cacheDir, baseUrl);
  }

  static Duration elapsedSince(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
