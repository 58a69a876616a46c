import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.plan.PlanFonts;
import be.beroepencatalogus.plan.PlanPdf;
import be.beroepencatalogus.plan.PlanViews;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageContext;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.render.ThemeResources;
import be.beroepencatalogus.render.Urls;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Times PDF plans in one JVM: the first (cold) plan, then warm plans, per plan and per page. */
public class PlanBench {
  public static void main(String[] args) throws Exception {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long t0 = System.nanoTime();
    Catalogue catalogue = new SiteBuilder().check(content).catalogue();
    Messages messages = new Messages(catalogue.settings().language());
    Urls urls = new Urls(catalogue.settings().baseUrl());
    PageContext ctx = new PageContext(catalogue.settings(), urls, messages);
    PlanViews views = new PlanViews(new MarkdownHtml(urls), messages);
    Templates templates = new Templates();
    String css = ThemeResources.text("print/plan-pdf.css");
    PlanPdf pdf = PlanFonts.pdf();
    Occupation first = catalogue.occupations().get(0);

    long start = System.nanoTime();
    byte[] cold = render(templates, ctx, views, catalogue, first, css, pdf);
    double coldMs = (System.nanoTime() - start) / 1e6;
    int pages = pages(cold);
    System.out.printf("cold first plan (fresh JVM, incl. loading content %.0f ms before): %.0f ms for %d pages%n",
        (start - t0) / 1e6, coldMs, pages);

    int n = Math.min(catalogue.occupations().size(), warmRuns);
    double[] perPlan = new double[warmRuns];
    long totalPages = 0;
    for (int i = 0; i < warmRuns; i++) {
      Occupation o = catalogue.occupations().get(i % n);
      long s = System.nanoTime();
      byte[] bytes = render(templates, ctx, views, catalogue, o, css, pdf);
      perPlan[i] = (System.nanoTime() - s) / 1e6;
      totalPages += pages(bytes);
    }
    double sum = Arrays.stream(perPlan).sum();
    Arrays.sort(perPlan);
    System.out.printf("warm, %d plans (one thread): median %.0f ms per plan (min %.0f, max %.0f), %.1f pages per plan, %.1f ms per page%n",
        warmRuns, perPlan[warmRuns / 2], perPlan[0], perPlan[warmRuns - 1], totalPages / (double) warmRuns, sum / totalPages);
  }

  static byte[] render(Templates templates, PageContext ctx, PlanViews views, Catalogue catalogue, Occupation o, String css, PlanPdf pdf) {
    var plan = views.of(catalogue, o);
    String html = templates.render("plan-pdf.jte", Map.of("ctx", ctx, "plan", plan, "css", css));
    return pdf.render(html, "Opleidingsplan " + o.title(), "00112233445566778899aabbccddeeff", catalogue.settings().date(), "nl-BE");
  }

  static int pages(byte[] bytes) throws Exception {
    try (PDDocument d = Loader.loadPDF(bytes)) {
      return d.getNumberOfPages();
    }
  }
}
