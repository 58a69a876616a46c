package be.beroepencatalogus.build;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Urls;
import be.beroepencatalogus.search.BrowserIndexWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of serve's site that follow the catalogue in the background: the data files (catalogus.json, sitemap),
 * the search export and the PDF plans, in that order, for the newest catalogue (a newer one stops work on an older
 * one). A PDF is made only when its plan changed since the PDF in the folder was, one at a time, each waiting while
 * an edit or a page renders ({@link EditGate}): one thread, so that another core stays free for edits.
 */
final class BackgroundFiles implements AutoCloseable {
  /**
   * One thread; a pool of one rather than a plain thread because the search export uses parallel streams, which a
   * ForkJoinPool keeps on its own thread instead of spreading them over every core.
   */
  private final ForkJoinPool thread = new ForkJoinPool(1);
  private final Path outDir;
  private final EditGate edits;
  private final SiteSession.Listener listener;
  /** The PDFs in the folder, by occupation id: what they were made from and their size, read by pages being rendered. */
  private final Map<String, Pdf> pdfs = new ConcurrentHashMap<>();
  private Work wanted;
  private long wantedRound;
  private long doneRound;
  private boolean running;

  /** What to follow: a catalogue and the renderers of its settings. */
  record Work(Catalogue catalogue, Renderers renderers) {}

  /** A PDF in the folder: made from the plan with this version (none: made with other templates) and settings. */
  private record Pdf(String version, SiteSettings settings, String size) {
    boolean shows(String planVersion, SiteSettings now) {
      return version.equals(planVersion) && settings.equals(now);
    }
  }

  BackgroundFiles(Path outDir, EditGate edits, SiteSession.Listener listener) {
    this.outDir = outDir;
    this.edits = edits;
    this.listener = listener;
  }

  /** The size of an occupation's PDF in the folder, as its links show it; "" while it has none. */
  String pdfSize(String occupationId) {
    Pdf pdf = pdfs.get(occupationId);
    return pdf == null ? "" : pdf.size();
  }

  /** Makes every PDF again when next followed, keeping those in the folder until then (the templates changed). */
  void forgetPdfSources() {
    pdfs.replaceAll((id, pdf) -> new Pdf("", pdf.settings(), pdf.size()));
  }

  /** Follows {@code work}, after (or instead of the rest of) what is under way. */
  synchronized void follow(Work work) {
    wanted = work;
    wantedRound++;
    if (!running) {
      running = true;
      thread.execute(this::run);
    }
  }

  /** Waits until the newest catalogue has been followed. */
  synchronized void awaitIdle() throws InterruptedException {
    while (running) {
      wait();
    }
  }

  private void run() {
    while (true) {
      Work work;
      long round;
      synchronized (this) {
        if (doneRound == wantedRound) {
          running = false;
          notifyAll();
          return;
        }
        work = wanted;
        round = wantedRound;
      }
      long start = System.nanoTime();
      try {
        int made = follow(work, round);
        if (made >= 0) {
          listener.followed(made, SiteBuilder.elapsedSince(start));
        }
      } catch (InterruptedException stopped) {
        synchronized (this) {
          running = false;
          notifyAll();
        }
        return;
      } catch (RuntimeException e) {
        listener.failed(e);
      }
      synchronized (this) {
        doneRound = Math.max(doneRound, round);
      }
    }
  }

  /** Writes what follows from {@code work}: the number of PDFs made, or -1 when a newer round came first. */
  private int follow(Work work, long round) throws InterruptedException {
    Catalogue catalogue = work.catalogue();
    Renderers r = work.renderers();
    SiteOutput out = new SiteOutput(outDir);
    if (!pass(round)) {
      return -1;
    }
    r.writeDataFiles(catalogue, out);
    if (!pass(round)) {
      return -1;
    }
    deleteTree(outDir.resolve(BrowserIndexWriter.ROOT.substring(1)));
    r.writeSearchIndex(catalogue, out);
    AtomicInteger made = new AtomicInteger();
    AtomicInteger cached = new AtomicInteger();
    for (Occupation occupation : catalogue.occupations()) {
      if (!pass(round)) {
        return -1;
      }
      Pdf pdf = pdfs.get(occupation.id());
      if (pdf != null && pdf.shows(r.plans().plan(catalogue, occupation).version(), catalogue.settings())) {
        continue;
      }
      PlanRenderer.Job job = r.plans().startPdf(catalogue, occupation, out, Runnable::run, made, cached);
      pdfs.put(occupation.id(), new Pdf(job.plan().version(), catalogue.settings(), PlanRenderer.formatSize(job.size().join())));
    }
    for (String id : pdfs.keySet()) {
      if (catalogue.occupation(id).isEmpty()) {
        pdfs.remove(id);
        deleteTree(outDir.resolve(Urls.planPdfPath(id).substring(1)));
      }
    }
    return made.get() + cached.get();
  }

  /** Whether work for {@code round} may go on: once no edit or page is rendering, if no newer round is waiting. */
  private boolean pass(long round) throws InterruptedException {
    edits.awaitOpen();
    synchronized (this) {
      return wantedRound == round;
    }
  }

  private static void deleteTree(Path path) {
    try {
      FileTrees.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops after the file under way (a PDF takes a second at most). */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
