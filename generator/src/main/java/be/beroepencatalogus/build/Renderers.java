package be.beroepencatalogus.build;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.plan.PlanRenderer;
import be.beroepencatalogus.render.BrowseRenderer;
import be.beroepencatalogus.render.CatalogueJson;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.PageRenderer;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Sitemap;
import be.beroepencatalogus.render.Urls;
import be.beroepencatalogus.search.BrowserIndexWriter;
import be.beroepencatalogus.search.SearchDoc;
import be.beroepencatalogus.search.SearchDocs;
import java.util.List;
import java.util.function.Function;

/**
 * The renderers for one catalogue's settings, made by {@link SiteRenderer}. They remember what they rendered (each
 * text's HTML, each competency's print section), so serve keeps them across edits. {@code pdfSize}: the size shown
 * beside an occupation's PDF link, "" for none.
 */
record Renderers(Messages messages, Urls urls, MarkdownHtml markdown, PageRenderer pages, BrowseRenderer browse, PlanRenderer plans,
    Function<String, String> pdfSize) {

  /** Every HTML page of {@code catalogue}, each with what renders it. */
  SitePages sitePages(Catalogue catalogue) {
    return new SitePages(catalogue, this);
  }

  /** The open-data export, the sitemap and robots.txt: files that follow from the whole catalogue. */
  void writeDataFiles(Catalogue catalogue, SiteOutput out) {
    out.write(Urls.CATALOGUE_JSON_PATH, new CatalogueJson().json(catalogue));
    out.write("/sitemap.xml", new Sitemap().xml(catalogue, urls, browse.pages(catalogue).keySet()));
    out.write("/robots.txt", "User-agent: *\nAllow: /\nSitemap: " + urls.absolute("/sitemap.xml") + "\n");
  }

  /** The search export that search in the browser reads, under {@code /zoeken/index/}. */
  SearchStats writeSearchIndex(Catalogue catalogue, SiteOutput out) {
    List<SearchDoc> docs = new SearchDocs(markdown).of(catalogue);
    BrowserIndexWriter.Stats stats = new BrowserIndexWriter().write(docs, messages, out);
    return new SearchStats(docs.size(), stats.files(), stats.bytes());
  }
}
