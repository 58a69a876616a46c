package be.beroepencatalogus.build;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.load.ContentLayout;
import be.beroepencatalogus.load.ContentLoader;
import be.beroepencatalogus.load.LoadResult;
import be.beroepencatalogus.load.ParsedFile;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.plan.PlanPdfCache;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site as {@code serve} keeps it: the content read once and checked, kept in memory, and each page rendered
 * when a browser asks for it ({@link #page}). A change re-reads only the changed files and checks the whole catalogue
 * again; the data files, the search export and the PDFs follow in the background ({@link BackgroundFiles}), which
 * waits while an edit is read or a page renders. A change with errors changes nothing: the last good catalogue
 * stays until the files are fixed. {@link #start}, {@link #update} and {@link #useTemplates} are called by one
 * thread (the watcher's); {@link #page} by any.
 */
public final class SiteSession implements AutoCloseable {
  /** Updates that share renderers before fresh ones forget the texts edited meanwhile. */
  private static final int UPDATES_PER_RENDERERS = 200;

  private final Path contentDir;
  private final Path outDir;
  private final PlanPdfCache pdfCache;
  private final String baseUrl;
  private final ContentLoader loader = new ContentLoader();
  private final Map<Path, ParsedFile> files = new HashMap<>();
  private final EditGate edits = new EditGate();
  private final BackgroundFiles background;
  private volatile Listener listener = new Listener() {};
  private SiteRenderer renderer;
  private SiteSettings settings;
  /** The ESCO list the settings name, read with them: a change to it reads everything again, as site.yaml's does. */
  private Optional<EscoList> escoList = Optional.empty();
  private List<Problem> settingsProblems = List.of();
  /** What the preview shows; null until the content was free of errors once. Read by the server's threads. */
  private volatile Shown shown;
  private int updatesSinceRenderers;

  /** The outcome of reading changes: their problems, whether the site now shows them, files read, time taken. */
  public record Update(List<Problem> problems, boolean ok, int files, Duration elapsed) {
    public Update {
      problems = List.copyOf(problems);
    }
  }

  /** Hears how the work in the background ends, on its thread. */
  public interface Listener {
    /** The data files, the search export and {@code pdfs} PDF plans (made or from the cache) are written. */
    default void followed(int pdfs, Duration elapsed) {}

    default void failed(RuntimeException e) {}
  }

  /** The catalogue the preview shows, what renders it, and its pages. */
  private record Shown(Catalogue catalogue, Renderers renderers, SitePages pages) {}

  SiteSession(SiteRenderer renderer, Path contentDir, Path outDir, Path cacheDir, String baseUrl) {
    this.renderer = renderer;
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.outDir = outDir.toAbsolutePath().normalize();
    this.pdfCache = new PlanPdfCache(cacheDir.resolve("plans"));
    this.baseUrl = baseUrl;
    this.background = new BackgroundFiles(this.outDir, edits, new Listener() {
      @Override
      public void followed(int pdfs, Duration elapsed) {
        listener.followed(pdfs, elapsed);
      }

      @Override
      public void failed(RuntimeException e) {
        listener.failed(e);
      }
    });
  }

  /** The folder the background writes into (assets, PDFs, search export, data files); the pages are not in it. */
  public Path outDir() {
    return outDir;
  }

  public void listen(Listener listener) {
    this.listener = listener;
  }

  /** Reads and checks every content file, and writes the theme's assets; the rest follows in the background. */
  public Update start() {
    renderer.copyAssets(new SiteOutput(outDir));
    return readAll();
  }

  private Update readAll() {
    long start = System.nanoTime();
    try (EditGate.Hold hold = edits.hold()) {
      if (!Files.isDirectory(contentDir)) {
        return new Update(SiteBuilder.check(loader.load(contentDir)).problems(), false, 0, SiteBuilder.elapsedSince(start));
      }
      List<Problem> problems = new ArrayList<>();
      settings = loader.settings(contentDir, problems);
      escoList = loader.escoList(contentDir, settings, problems);
      files.clear();
      loader.parseAll(contentDir, problems).forEach(f -> files.put(f.file().toAbsolutePath().normalize(), f));
      // With the problems of the folders (a stray file): updates do not list the folders again, this does.
      SiteRenderer.unsupportedLanguage(settings).ifPresent(problems::add);
      settingsProblems = List.copyOf(problems);
      Optional<Catalogue> checked = checked(problems);
      checked.ifPresent(catalogue -> show(catalogue, renderers(catalogue)));
      return new Update(problems, checked.isPresent(), files.size(), SiteBuilder.elapsedSince(start));
    }
  }

  /**
   * Re-reads the changed files and checks the catalogue; without errors, the preview shows it at once. A file
   * outside the content's three folders (site.yaml, a stray file) reads everything again.
   */
  public Update update(Collection<Path> changed) {
    long start = System.nanoTime();
    Set<Path> sources = new TreeSet<>();
    for (Path path : changed) {
      Path file = path.toAbsolutePath().normalize();
      if (isHidden(file)) {
        continue; // editor lock and backup files (.#x.md, ._x.md): never content
      }
      if (!isSource(file) || settings == null) {
        return readAll();
      }
      sources.add(file);
    }
    try (EditGate.Hold hold = edits.hold()) {
      for (Path file : sources) {
        if (Files.isRegularFile(file)) {
          files.put(file, loader.parse(contentDir, file));
        } else {
          files.remove(file);
        }
      }
      List<Problem> problems = new ArrayList<>();
      Optional<Catalogue> checked = sources.isEmpty() ? Optional.empty() : checked(problems);
      checked.ifPresent(catalogue -> {
        // The settings change only with readAll, so the renderers and what they remember (each text's HTML, each
        // competency's print section) outlive updates: the PDFs that follow compare each plan's version, which
        // then costs one section for an edited competency, not the sections of every plan. Edited texts stay
        // remembered too; fresh renderers now and then bound that.
        Renderers renderers = shown == null || ++updatesSinceRenderers > UPDATES_PER_RENDERERS ? renderers(catalogue) : shown.renderers();
        show(catalogue, renderers);
      });
      return new Update(problems, sources.isEmpty() || checked.isPresent(), sources.size(), SiteBuilder.elapsedSince(start));
    }
  }

  /**
   * Renders with {@code templates} from now on (the theme changed): pages render with them when next asked for,
   * and every PDF is made again in the background.
   */
  public void useTemplates(Templates templates) {
    renderer = renderer.withTemplates(templates);
    background.forgetPdfSources();
    if (shown != null) {
      show(shown.catalogue(), renderers(shown.catalogue()));
    }
  }

  /**
   * The page at a site path ({@code /beroepen/x/}), rendered now from the catalogue the preview shows, exactly as a
   * build writes it; empty when there is no such page (the other files are in {@link #outDir}).
   */
  public Optional<byte[]> page(String sitePath) {
    Shown now = shown;
    if (now == null) {
      return Optional.empty();
    }
    try (EditGate.Hold hold = edits.hold()) {
      return now.pages().render(sitePath);
    }
  }

  /** Waits until the background has followed the newest catalogue (tests and benchmarks use it). */
  public void awaitBackground() throws InterruptedException {
    background.awaitIdle();
  }

  /** The catalogue with its problems (into {@code problems}, sorted), or empty when it has errors. */
  private Optional<Catalogue> checked(List<Problem> problems) {
    LoadResult loaded = ContentLoader.assemble(settings, escoList, settingsProblems, files.values());
    CheckResult check = SiteBuilder.check(loaded);
    problems.clear();
    problems.addAll(check.problems());
    if (check.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(check.catalogue().withSettings(settings.withBaseUrl(baseUrl)));
  }

  private Renderers renderers(Catalogue catalogue) {
    updatesSinceRenderers = 0;
    return renderer.renderers(catalogue.settings(), pdfCache, background::pdfSize);
  }

  private void show(Catalogue catalogue, Renderers renderers) {
    shown = new Shown(catalogue, renderers, renderers.sitePages(catalogue));
    background.follow(new BackgroundFiles.Work(catalogue, renderers));
  }

  private boolean isHidden(Path file) {
    return file.startsWith(contentDir) && ContentLayout.isHidden(contentDir.relativize(file));
  }


  private boolean isSource(Path file) {
    if (!file.startsWith(contentDir) || !file.toString().endsWith(".md")) {
      return false;
    }
    String folder = contentDir.relativize(file).getName(0).toString();
    return List.of(ContentLayout.OCCUPATIONS_DIR, ContentLayout.COMPETENCIES_DIR, ContentLayout.KEY_SKILLS_DIR).contains(folder)
        && contentDir.relativize(file).getNameCount() > 1;
  }

  /** Stops the background after the file under way. */
  @Override
  public void close() {
    background.close();
  }
}
