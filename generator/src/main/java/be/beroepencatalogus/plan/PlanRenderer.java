package be.beroepencatalogus.plan;

import be.beroepencatalogus.io.Sha256;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.PageMeta;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.Urls;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders each occupation's plan twice from one template ({@code plan-body.jte}): the print page with the
 * plan builder ({@code /beroepen/<id>/opleidingsplan/}) and the A4 PDF with fillable fields
 * ({@code /beroepen/<id>/opleidingsplan.pdf}). PDFs are made on the caller's executor and taken from the cache when
 * their inputs did not change.
 */
public final class PlanRenderer {
  /** Bump when the PDF rendering itself changes in a way the HTML does not show, to refresh cached PDFs. */
  private static final String PDF_FORMAT = "plan-pdf-2";

  private final Templates templates;
  private final PageContext ctx;
  private final PlanViews views;
  private final PlanPdf pdf;
  private final PlanPdfCache cache;
  private final String pdfCss;
  private final String fontsFingerprint;

  public PlanRenderer(Templates templates, PageContext ctx, PlanViews views, PlanPdf pdf, PlanPdfCache cache, String pdfCss, String fontsFingerprint) {
    this.templates = templates;
    this.ctx = ctx;
    this.views = views;
    this.pdf = pdf;
    this.cache = cache;
    this.pdfCss = pdfCss;
    this.fontsFingerprint = fontsFingerprint;
  }

  /**
   * A plan whose PDF is being made (or taken from the cache) on the executor: {@code key} completes with its
   * cache key, {@code size} with its bytes.
   */
  public record Job(PlanView plan, CompletableFuture<String> key, CompletableFuture<Long> size) {}

  /** Starts an occupation's PDF: from the cache when its inputs did not change, else rendered; written to {@code out}. */
  public Job startPdf(Catalogue catalogue, Occupation occupation, SiteOutput out, Executor executor,
      AtomicInteger rendered, AtomicInteger cached) {
    PlanView plan = plan(catalogue, occupation);
    CompletableFuture<String> key = new CompletableFuture<>();
    CompletableFuture<Long> size = CompletableFuture.supplyAsync(() -> {
      String html = templates.text(PlanTemplates.planPdf(ctx, plan, pdfCss));
      // Everything the bytes depend on: the HTML (content, template, style sheet), the fonts, and what is set on the
      // document beside the HTML (its creation date and language).
      String hash = Sha256.hex(PDF_FORMAT + "\n" + fontsFingerprint + "\n" + ctx.settings().date().map(Object::toString).orElse("-")
          + "\n" + pdfLanguage() + "\n" + html);
      key.complete(hash);
      byte[] bytes = cache.get(hash).orElse(null);
      if (bytes == null) {
        bytes = pdf.render(html, ctx.t("plan.title") + " " + plan.occupationTitle(), hash, ctx.settings().date(), pdfLanguage());
        cache.put(hash, bytes);
        rendered.incrementAndGet();
      } else {
        cached.incrementAndGet();
      }
      out.write(plan.pdfPath(), bytes);
      return (long) bytes.length;
    }, executor);
    return new Job(plan, key, size);
  }

  /** Writes an occupation's print page, showing the given PDF size beside the download link (none when "": no PDF yet). */
  public void writePage(Catalogue catalogue, Occupation occupation, String pdfSize, SiteOutput out) {
    writePage(plan(catalogue, occupation).withPdfSize(pdfSize), out);
  }

  private void writePage(PlanView plan, SiteOutput out) {
    String path = Urls.planPath(plan.occupationId());
    PageMeta meta =
        new PageMeta(
            ctx.t("plan.title") + " " + plan.occupationTitle() + " · " + ctx.settings().title(),
            ctx.t("plan.description", plan.occupationTitle()),
            path,
            List.of(
                new PageMeta.Breadcrumb(ctx.t("nav.home"), ctx.urls().home()),
                new PageMeta.Breadcrumb(plan.occupationTitle(), ctx.urls().occupation(plan.occupationId())),
                new PageMeta.Breadcrumb(ctx.t("plan.title"), null)),
            List.of("plan.js"));
    out.writePage(path, templates.page(PlanTemplates.plan(ctx, meta, plan)));
  }

  /** An occupation's plan. Its {@link PlanView#version()} tells serve whether a PDF made earlier still shows the plan. */
  public PlanView plan(Catalogue catalogue, Occupation occupation) {
    return views.of(catalogue, occupation);
  }

  /** The document language as BCP 47 with the region the UI strings are written for ("nl-BE"). */
  private String pdfLanguage() {
    return ctx.t("og.locale").replace('_', '-');
  }

  /** "123 kB" or "1,2 MB", as Dutch readers write it. */
  public static String formatSize(long bytes) {
    if (bytes < 1_000_000) {
      return Math.max(1, Math.round(bytes / 1000.0)) + " kB";
    }
    return String.format(Locale.forLanguageTag("nl-BE"), "%.1f MB", bytes / 1_000_000.0);
  }
}
