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
import java.util.TreeMap;
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
 * The site as {@code serve} keeps it: built once (the PDFs following in the background), then after each change to
 * content files re-read only those files and re-render only the pages they affect. The changed files' own pages
 * (and the lists, when a title changed) are written before the update returns; the other pages that show the change
 * (an edited competency: the print pages of the occupations that use it), the search index, the data files and the
 * PDFs of affected plans follow in the background, and a page still due is rendered when the preview server asks for
 * it ({@link #freshen}). A change with errors renders nothing; the site stays as it was until the files are fixed.
 * {@link #buildAll} and {@link #update} are not thread-safe: one caller (the watcher) drives them.
 */
public final class SiteSession implements AutoCloseable {
  /** Updates that share renderers before fresh ones forget the texts edited meanwhile. */
  private static final int UPDATES_PER_RENDERERS = 200;

  private final SiteBuilder builder;
  private final Path contentDir;
  private final Path outDir;
  private final Path cacheDir;
  private final String baseUrl;
  private final ContentLoader loader = new ContentLoader();
  private final Map<Path, ParsedFile> files = new HashMap<>();
  private final Map<String, String> pdfSizes = new ConcurrentHashMap<>();
  private final ExecutorService background = Executors.newSingleThreadExecutor(daemon("serve-background"));
  private final ExecutorService pdfPool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("serve-pdf"));
  private SiteSettings settings;
  private List<Problem> settingsProblems = List.of();
  /** Set by the watcher's thread, read by the background and the preview server's threads too. */
  private volatile State state;
  private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);
  /**
   * Pages an update left to the background, by output file, each with what renders it: see {@link #freshen}. Every
   * write of a page after the first build runs inside this map's lock on the page's file, and renders from the
   * newest state, so a page written late never shows an older catalogue.
   */
  private final Map<Path, Runnable> deferred = new ConcurrentHashMap<>();
  private int updatesSinceRenderers;

  /**
   * The outcome of a build or an update: its problems, whether the site changed, pages written, time taken, and the
   * pages left to the background.
   */
  public record Update(List<Problem> problems, boolean ok, int pages, Duration elapsed, int following) {
    public Update {
      problems = List.copyOf(problems);
    }

    Update(List<Problem> problems, boolean ok, int pages, Duration elapsed) {
      this(problems, ok, pages, elapsed, 0);
    }
  }

  /** The catalogue the site shows and what renders it. */
  private record State(Catalogue catalogue, Renderers renderers) {}

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
    deferred.clear();
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
      Catalogue catalogue = checked[0].catalogue().withSettings(settings.withBaseUrl(baseUrl));
      State now = new State(catalogue, renderers(catalogue));
      state = now;
      updatesSinceRenderers = 0;
      pdfSizes.clear();
      SiteOutput out = new SiteOutput(outDir);
      List<String> all = catalogue.occupations().stream().map(Occupation::id).toList();
      pending = pending.thenRunAsync(() -> followWithPdfs(now, all, out), background);
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
      if (isHidden(file)) {
        continue; // editor lock and backup files (.#x.md, ._x.md): never content
      }
      if (!isSource(file)) {
        return buildAll();
      }
      sources.add(file);
    }
    if (state == null) {
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
    Catalogue before = state.catalogue();
    Catalogue catalogue = loaded.catalogue().withSettings(settings.withBaseUrl(baseUrl));
    // The settings only change with a full build, so the renderers and what they remember (each text's HTML, each
    // competency's print section) outlive updates: an edit to a competency that 1,478 occupations print re-renders
    // one section, not the 1,500 others in their plans. Edited texts stay remembered too; fresh renderers now and
    // then bound that.
    Renderers renderers = state.renderers();
    if (++updatesSinceRenderers > UPDATES_PER_RENDERERS) {
      renderers = renderers(catalogue);
      updatesSinceRenderers = 0;
    }
    State now = new State(catalogue, renderers);
    state = now;
    Affected affected = Affected.of(before, catalogue, sources, contentDir);
    SiteOutput out = new SiteOutput(outDir);
    SiteOutput following = new SiteOutput(outDir);
    List<Path> later = render(now, affected, out, following);
    pending = pending.thenRunAsync(() -> followInBackground(now, affected, later, following), background);
    pending.whenComplete((ignored, error) -> onBackgroundDone.accept(
        new Update(error == null ? List.of() : List.of(Problem.error(new SourceRef("serve", 1, 1),
            "background rendering failed: " + error.getMessage())), error == null, 0, Duration.ZERO)));
    return new Update(problems, true, out.pageCount(), SiteBuilder.elapsedSince(start), later.size());
  }

  /**
   * Renders the page of {@code file} (a path in the output folder) now if an update left it to the background and
   * the background has not rendered it yet; waits if the background is rendering it. The preview server asks
   * before it reads a file, so a browser never gets a page older than the last update.
   */
  public void freshen(Path file) {
    deferred.computeIfPresent(file.toAbsolutePath().normalize(), (f, page) -> {
      page.run();
      return null;
    });
  }

  /** Waits until background work of earlier updates is done (tests and benchmarks use it). */
  public void awaitBackground() {
    pending.exceptionally(e -> null).join();
  }

  private boolean isHidden(Path file) {
    if (!file.startsWith(contentDir)) {
      return false;
    }
    for (Path name : contentDir.relativize(file)) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
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

  /**
   * Renders the pages of the changed files, on all cores, and the lists when titles changed; removes the pages of
   * what no longer exists. The other pages the change shows on (print pages, pages that list what changed: a
   * competency used by half the occupations is printed in 1,500 plans) are left to the background, and rendered
   * on request before then, into {@code following}: returns their files.
   */
  private List<Path> render(State now, Affected affected, SiteOutput out, SiteOutput following) {
    Catalogue c = now.catalogue();
    Map<String, PageJob> pages = new TreeMap<>();
    for (String id : affected.occupations) {
      if (c.occupation(id).isPresent()) {
        pages.put(Urls.occupationPath(id), occupationPage(id));
      } else {
        delete(Urls.planPath(id));
        delete(Urls.occupationPath(id));
      }
    }
    for (String id : affected.plans) {
      if (c.occupation(id).isPresent()) {
        pages.put(Urls.planPath(id), planPage(id));
      }
    }
    for (String id : affected.competencies) {
      if (c.competency(id).isPresent()) {
        pages.put(Urls.competencyPath(id), (s, o) -> s.catalogue().competency(id).ifPresent(k -> s.renderers().pages().competency(s.catalogue(), k, o)));
      } else {
        delete(Urls.competencyPath(id));
      }
    }
    for (String id : affected.keySkills) {
      if (c.keySkill(id).isPresent()) {
        pages.put(Urls.keySkillPath(id), (s, o) -> s.catalogue().keySkill(id).ifPresent(k -> s.renderers().pages().keySkill(s.catalogue(), k, o)));
      } else {
        delete(Urls.keySkillPath(id));
      }
    }
    Map<Path, Runnable> first = new TreeMap<>();
    List<Path> later = new ArrayList<>();
    pages.forEach((path, page) -> {
      if (affected.edited.contains(path)) {
        first.put(pageFile(path), newest(page, out));
      } else {
        deferred.put(pageFile(path), newest(page, following));
        later.add(pageFile(path));
      }
    });
    first.entrySet().parallelStream().forEach(page -> write(page.getKey(), page.getValue()));
    if (affected.lists) {
      now.renderers().pages().home(c, out);
      now.renderers().pages().search(c, out);
    }
    return later;
  }

  /** Writes a page of the site as {@code state} has it, into {@code out}. */
  private interface PageJob {
    void write(State state, SiteOutput out);
  }

  private PageJob occupationPage(String id) {
    return (s, out) -> s.catalogue().occupation(id).ifPresent(o -> s.renderers().pages().occupation(s.catalogue(), o, out));
  }

  private PageJob planPage(String id) {
    return (s, out) -> s.catalogue().occupation(id).ifPresent(o -> s.renderers().plans().writePage(s.catalogue(), o, pdfSizes.getOrDefault(id, ""), out));
  }

  /** Runs {@code page} on the state as it is when it runs, not when it was made. */
  private Runnable newest(PageJob page, SiteOutput out) {
    return () -> page.write(state, out);
  }

  /** Writes a page now, in place of a write the background still had due for it. */
  private void write(Path file, Runnable page) {
    deferred.compute(file, (f, due) -> {
      page.run();
      return null;
    });
  }

  private Path pageFile(String sitePath) {
    return outDir.resolve(sitePath.substring(1)).resolve("index.html");
  }

  private void followInBackground(State now, Affected affected, List<Path> later, SiteOutput out) {
    later.parallelStream().forEach(this::freshen);
    List<PlanRenderer.Job> jobs = startPdfs(now, affected.plans, out);
    try {
      deleteTree(outDir.resolve("zoeken/index"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Renderers r = now.renderers();
    SiteBuilder.writeSearchIndex(now.catalogue(), r.messages(), r.markdown(), out);
    SiteBuilder.writeDataFiles(now.catalogue(), r.urls(), out);
    finishPdfs(jobs, out);
  }

  private void followWithPdfs(State now, Collection<String> occupations, SiteOutput out) {
    finishPdfs(startPdfs(now, occupations, out), out);
  }

  private List<PlanRenderer.Job> startPdfs(State now, Collection<String> occupations, SiteOutput out) {
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger cached = new AtomicInteger();
    List<PlanRenderer.Job> jobs = new ArrayList<>();
    for (String id : occupations) {
      now.catalogue().occupation(id).ifPresent(o -> jobs.add(now.renderers().plans().startPdf(now.catalogue(), o, out, pdfPool, rendered, cached)));
    }
    return jobs;
  }

  /** Once each PDF is written, shows its size beside the download links (re-rendering the two pages that have one). */
  private void finishPdfs(List<PlanRenderer.Job> jobs, SiteOutput out) {
    for (PlanRenderer.Job job : jobs) {
      String size = PlanRenderer.formatSize(job.size().join());
      String id = job.plan().occupationId();
      if (!size.equals(pdfSizes.put(id, size))) {
        write(pageFile(Urls.occupationPath(id)), newest(occupationPage(id), out));
        write(pageFile(Urls.planPath(id)), newest(planPage(id), out));
      }
    }
  }

  /**
   * Removes a page's folder, and the page from what the background has yet to render (waiting for a write of it under
   * way, which would otherwise put it back).
   */
  private void delete(String sitePath) {
    deferred.remove(pageFile(sitePath));
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
    /** The site paths of the changed files' own pages. */
    final Set<String> edited = new TreeSet<>();
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
      edited.add(Urls.competencyPath(id));
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
      edited.add(Urls.occupationPath(id));
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
      edited.add(Urls.keySkillPath(id));
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
