package be.beroepencatalogus.build;

import be.beroepencatalogus.check.CatalogueChecker;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.load.ContentLayout;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.load.ParsedFile;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.model.SourceRef;
import be.beroepencatalogus.plan.PlanPdfCache;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.plan.PlanViews;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Urls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The site as {@code serve} keeps it: built once (the PDFs following in the background), then after each change to content files re-read only
 * those files and re-render only the pages they affect (an edited competency: its page, the occupations that
 * use it and their print pages). The search index, the data files and the PDFs of affected plans follow in
 * the background. A change with errors renders nothing; the site stays as it was until the files are fixed.
 * Not thread-safe: one caller (the watcher) drives it.
 */
public final class SiteSession implements AutoCloseable {
  private final SiteBuilder builder;
  private final Path contentDir;
  private final Path outDir;
  private final Path cacheDir;
  private final String baseUrl;
  /** Updates that share renderers before fresh ones forget the texts edited meanwhile. */
  private static final int UPDATES_PER_RENDERERS = 200;

  private final ContentLoader loader = new ContentLoader();
  private final Map<Path, ParsedFile> files = new HashMap<>();
  private final Map<String, String> pdfSizes = new ConcurrentHashMap<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("serve-background"));
  private final ExecutorService pdfPool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("serve-pdf"));
  private SiteSettings settings;
  private List<Problem> settingsProblems = List.of();
  private Catalogue catalogue;
  private Renderers renderers;
  private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
  private int updatesSinceRenderers;

  /** The outcome of a build or an update: its problems, whether the site changed, pages written, time taken. */
  public record Update(List<Problem> problems, boolean ok, int pages, Duration elapsed) {
    public Update {
      problems = List.copyOf(problems);
    }
  }

  /** What renders pages for the current settings. */
  private record Renderers(PageContext ctx, Messages messages, MarkdownHtml markdown, PageRenderer pages, PlanRenderer plans, Urls urls) {}

  SiteSession(SiteBuilder builder, Path contentDir, Path outDir, Path cacheDir, String baseUrl) {
    this.builder = builder;
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.outDir = outDir.toAbsolutePath().normalize();
    this.cacheDir = cacheDir;
    this.baseUrl = baseUrl;
  }

  public Path outDir() {
    return outDir;
  }

  /**
   * Builds the whole site into the output folder (replacing it) and reads every content file for later updates.
   * The PDFs follow in the background (from the cache when their inputs did not change), so the preview opens
   * after the pages are written: at 3,000 occupations with an empty cache, that is seconds instead of minutes.
   */
  public Update buildAll() throws IOException {
    long start = System.nanoTime();
    awaitBackground();
    // The files are read once: for this build and for the updates after it.
    files.clear();
    CheckResult[] checked = new CheckResult[1];
    BuildResult result = builder.build(new BuildOptions(contentDir, outDir, Optional.of(baseUrl), cacheDir, false), () -> {
      List<Problem> problems = new ArrayList<>();
      settings = loader.settings(contentDir, problems);
      settingsProblems = List.copyOf(problems);
      if (!Files.isDirectory(contentDir)) {
        return builder.check(contentDir);
      }
      loader.parseAll(contentDir, problems).forEach(f -> files.put(f.file().toAbsolutePath().normalize(), f));
      // With the problems of the folders (a stray file): updates do not list the folders again, a full build does.
      settingsProblems = List.copyOf(problems);
      checked[0] = SiteBuilder.check(assemble());
      return checked[0];
    });
    if (result.succeeded()) {
      catalogue = checked[0].catalogue().withSettings(settings.withBaseUrl(baseUrl));
      renderers = renderers(catalogue);
      updatesSinceRenderers = 0;
      pdfSizes.clear();
      Catalogue now = catalogue;
      Renderers r = renderers;
      SiteOutput out = new SiteOutput(outDir);
      List<String> all = now.occupations().stream().map(Occupation::id).toList();
      pending = pending.thenRunAsync(() -> followWithPdfs(now, r, all, out), background);
    }
    return new Update(result.problems(), result.succeeded(), result.pages(), SiteBuilder.elapsedSince(start));
  }

  /**
   * Re-reads the changed files and re-renders what they affect. {@code onBackgroundDone} hears when the
   * search index, data files and PDFs have followed.
   */
  public Update update(Collection<Path> changed, Consumer<Update> onBackgroundDone) throws IOException {
    long start = System.nanoTime();
    Set<Path> sources = new TreeSet<>();
    for (Path path : changed) {
      Path file = path.toAbsolutePath().normalize();
      if (!isSource(file)) {
        return buildAll();
      }
      sources.add(file);
    }
    if (catalogue == null) {
      return buildAll();
    }
    for (Path file : sources) {
      if (Files.isRegularFile(file)) {
        files.put(file, loader.parse(contentDir, file));
      } else {
        files.remove(file);
      }
    }
    LoadResult loaded = assemble();
    List<Problem> problems = new ArrayList<>(loaded.problems());
    problems.addAll(new CatalogueChecker().check(loaded.catalogue(), loaded.links(), loaded.unreadable()));
    problems.sort(Problem.BY_POSITION);
    if (problems.stream().anyMatch(Problem::isError)) {
      return new Update(problems, false, 0, SiteBuilder.elapsedSince(start));
    }
    Catalogue before = catalogue;
    catalogue = loaded.catalogue().withSettings(settings.withBaseUrl(baseUrl));
    // The settings only change with a full build, so the renderers and what they remember (each text's HTML, each
    // competency's print section) outlive updates: an edit to a competency that 1,478 occupations print re-renders
    // one section, not the 1,500 others in their plans. Edited texts stay remembered too; fresh renderers now and
    // then bound that.
    if (++updatesSinceRenderers > UPDATES_PER_RENDERERS) {
      renderers = renderers(catalogue);
      updatesSinceRenderers = 0;
    }
    Affected affected = Affected.of(before, catalogue, sources, contentDir);
    SiteOutput out = new SiteOutput(outDir);
    int pages = render(affected, out);
    Catalogue now = catalogue;
    Renderers r = renderers;
    pending = pending.thenRunAsync(() -> followInBackground(now, r, affected, out), background);
    pending.whenComplete((ignored, error) -> onBackgroundDone.accept(
        new Update(error == null ? List.of() : List.of(Problem.error(new SourceRef("serve", 1, 1),
            "background rendering failed: " + error.getMessage())), error == null, 0, Duration.ZERO)));
    return new Update(problems, true, pages, SiteBuilder.elapsedSince(start));
  }

  /** Waits until background work of earlier updates is done (tests and benchmarks use it). */
  public void awaitBackground() {
    pending.exceptionally(e -> null).join();
  }

  private boolean isSource(Path file) {
    if (!file.startsWith(contentDir) || !file.toString().endsWith(".md")) {
      return false;
    }
    String folder = contentDir.relativize(file).getName(0).toString();
    return List.of(ContentLayout.OCCUPATIONS_DIR, ContentLayout.COMPETENCIES_DIR, ContentLayout.KEY_SKILLS_DIR).contains(folder)
        && contentDir.relativize(file).getNameCount() > 1;
  }

  private LoadResult assemble() {
    return ContentLoader.assemble(settings, settingsProblems, files.values());
  }

  private Renderers renderers(Catalogue c) {
    Messages messages = new Messages(c.settings().language());
    Urls urls = new Urls(c.settings().baseUrl());
    MarkdownHtml markdown = new MarkdownHtml(urls);
    PageContext ctx = new PageContext(c.settings(), urls, messages);
    PageRenderer pages = new PageRenderer(builder.templates, ctx, markdown, id -> pdfSizes.getOrDefault(id, ""));
    PlanRenderer plans = new PlanRenderer(builder.templates, ctx, new PlanViews(markdown, messages), builder.planPdf,
        new PlanPdfCache(cacheDir.resolve("plans")), builder.planPdfCss, builder.fontsFingerprint);
    return new Renderers(ctx, messages, markdown, pages, plans, urls);
  }

  /** Renders the pages a change affects, on all cores; removes the pages of what no longer exists. */
  private int render(Affected affected, SiteOutput out) {
    int start = out.pageCount();
    Renderers r = renderers;
    Catalogue c = catalogue;
    affected.occupations.parallelStream().forEach(id ->
        c.occupation(id).ifPresentOrElse(o -> r.pages().occupation(c, o, out), () -> delete(Urls.occupationPath(id))));
    affected.plans.parallelStream().forEach(id ->
        c.occupation(id).ifPresent(o -> r.plans().writePage(c, o, pdfSizes.getOrDefault(id, ""), out)));
    affected.competencies.parallelStream().forEach(id ->
        c.competency(id).ifPresentOrElse(k -> r.pages().competency(c, k, out), () -> delete(Urls.competencyPath(id))));
    affected.keySkills.parallelStream().forEach(id ->
        c.keySkill(id).ifPresentOrElse(k -> r.pages().keySkill(c, k, out), () -> delete(Urls.keySkillPath(id))));
    if (affected.lists) {
      r.pages().home(c, out);
      r.pages().search(c, out);
    }
    return out.pageCount() - start;
  }

  private void followInBackground(Catalogue c, Renderers r, Affected affected, SiteOutput out) {
    List<PlanRenderer.Job> jobs = startPdfs(c, r, affected.plans, out);
    try {
      deleteTree(outDir.resolve("zoeken/index"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SiteBuilder.writeSearchIndex(c, r.messages(), r.markdown(), out);
    SiteBuilder.writeDataFiles(c, r.urls(), out);
    finishPdfs(c, r, jobs, out);
  }

  private void followWithPdfs(Catalogue c, Renderers r, Collection<String> occupations, SiteOutput out) {
    finishPdfs(c, r, startPdfs(c, r, occupations, out), out);
  }

  private List<PlanRenderer.Job> startPdfs(Catalogue c, Renderers r, Collection<String> occupations, SiteOutput out) {
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger cached = new AtomicInteger();
    List<PlanRenderer.Job> jobs = new ArrayList<>();
    for (String id : occupations) {
      c.occupation(id).ifPresent(o -> jobs.add(r.plans().startPdf(c, o, out, pdfPool, rendered, cached)));
    }
    return jobs;
  }

  /** Once each PDF is written, shows its size beside the download links (re-rendering the two pages that have one). */
  private void finishPdfs(Catalogue c, Renderers r, List<PlanRenderer.Job> jobs, SiteOutput out) {
    for (PlanRenderer.Job job : jobs) {
      String size = PlanRenderer.formatSize(job.size().join());
      String id = job.plan().occupationId();
      if (!size.equals(pdfSizes.put(id, size))) {
        c.occupation(id).ifPresent(o -> {
          r.pages().occupation(c, o, out);
          r.plans().writePage(c, o, size, out);
        });
      }
    }
  }

  private void delete(String sitePath) {
    try {
      deleteTree(outDir.resolve(sitePath.substring(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path path) throws IOException {
    OutputSwap.deleteTree(path);
  }

  /**
   * Which pages a change touches, found by comparing the catalogue before and after it. An occupation's page shows
   * of its competencies and key skills only their titles (and a competency's number of skills); its plan prints
   * their texts, so {@code plans} (print pages and PDFs) can hold occupations whose pages stay as they are.
   */
  static final class Affected {
    final Set<String> occupations = new TreeSet<>();
    final Set<String> plans = new TreeSet<>();
    final Set<String> competencies = new TreeSet<>();
    final Set<String> keySkills = new TreeSet<>();
    boolean lists;

    static Affected of(Catalogue before, Catalogue after, Set<Path> changedFiles, Path contentDir) {
      Affected a = new Affected();
      for (Path file : changedFiles) {
        Path relative = contentDir.relativize(file);
        String folder = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        String id = name.substring(0, name.length() - ".md".length());
        switch (folder) {
          case ContentLayout.COMPETENCIES_DIR -> a.competency(before, after, id);
          case ContentLayout.OCCUPATIONS_DIR -> a.occupation(before, after, id);
          default -> a.keySkill(before, after, id);
        }
      }
      return a;
    }

    private void competency(Catalogue before, Catalogue after, String id) {
      Optional<Competency> old = before.competency(id);
      Optional<Competency> now = after.competency(id);
      if (old.equals(now)) {
        return;
      }
      competencies.add(id);
      boolean listed = !Objects.equals(old.map(c -> c.title() + "#" + c.skills().size()), now.map(c -> c.title() + "#" + c.skills().size()));
      for (Catalogue c : List.of(before, after)) {
        c.occupationsUsingCompetency(id).forEach(o -> used(o.id(), listed));
      }
      if (!Objects.equals(old.map(this::titles), now.map(this::titles))) {
        lists = true;
      }
    }

    /** An occupation that uses what changed: its plan prints it, its page lists it when {@code listed} changed. */
    private void used(String occupationId, boolean listed) {
      plans.add(occupationId);
      if (listed) {
        occupations.add(occupationId);
      }
    }

    private List<String> titles(Competency c) {
      List<String> titles = new ArrayList<>(List.of(c.title()));
      c.skills().forEach(s -> titles.add(s.title() + "#" + s.anchor()));
      return titles;
    }

    private void occupation(Catalogue before, Catalogue after, String id) {
      Optional<Occupation> old = before.occupation(id);
      Optional<Occupation> now = after.occupation(id);
      if (old.equals(now)) {
        return;
      }
      used(id, true);
      for (Optional<Occupation> o : List.of(old, now)) {
        o.ifPresent(occupation -> {
          occupation.competencies().stream().map(CompetencyUse::competencyId).forEach(competencies::add);
          occupation.keySkills().stream().map(KeySkillUse::keySkillId).forEach(keySkills::add);
        });
      }
      if (!Objects.equals(old.map(o -> o.title() + o.aliases()), now.map(o -> o.title() + o.aliases()))) {
        lists = true;
      }
    }

    private void keySkill(Catalogue before, Catalogue after, String id) {
      Optional<KeySkill> old = before.keySkill(id);
      Optional<KeySkill> now = after.keySkill(id);
      if (old.equals(now)) {
        return;
      }
      keySkills.add(id);
      // Occupations show and print a key skill's title only (beside their own text for it).
      boolean titled = !Objects.equals(old.map(KeySkill::title), now.map(KeySkill::title));
      if (titled) {
        for (Catalogue c : List.of(before, after)) {
          c.occupationsAskingKeySkill(id).forEach(o -> used(o.id(), true));
        }
        lists = true;
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Lets background work that is under way finish (a few seconds at most), then stops. */
  @Override
  public void close() {
    try {
      pending.exceptionally(e -> null).get(30, TimeUnit.SECONDS);
    } catch (Exception stillBusy) {
      // stop anyway: the serve folder is temporary
    }
    background.shutdownNow();
    pdfPool.shutdownNow();
  }
}
