package be.beroepencatalogus.build;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.RelatedOccupations;
import be.beroepencatalogus.render.SiteOutput;
import be.beroepencatalogus.render.Urls;
import be.beroepencatalogus.search.BrowserIndexWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every HTML page of a catalogue's site by site path, each with what renders it from the catalogue: build writes
 * them all, serve renders the one a browser asks for. Both therefore show the same pages, byte for byte. The search
 * pages (one per letter in a large catalogue) are rendered together, from {@code /zoeken/}.
 */
final class SitePages {
  private static final String NOT_FOUND = "/404.html";

  /** The print pages, which build times apart (they are most of its work); then every other page. */
  private final Map<String, Consumer<SiteOutput>> printPages = new HashMap<>();
  private final Map<String, Consumer<SiteOutput>> otherPages = new HashMap<>();

  SitePages(Catalogue catalogue, Renderers r) {
    // The home page and the lists: all occupations, competencies and key skills, sectors, ISCO groups.
    otherPages.putAll(r.browse().pages(catalogue));
    RelatedOccupations related = new RelatedOccupations(catalogue);
    for (Occupation o : catalogue.occupations()) {
      otherPages.put(Urls.occupationPath(o.id()), out -> r.pages().occupation(catalogue, related, o, out));
      printPages.put(Urls.planPath(o.id()), out -> r.plans().writePage(catalogue, o, r.pdfSize().apply(o.id()), out));
    }
    for (Competency c : catalogue.competencies()) {
      otherPages.put(Urls.competencyPath(c.id()), out -> r.pages().competency(catalogue, c, out));
    }
    for (KeySkill k : catalogue.keySkills()) {
      otherPages.put(Urls.keySkillPath(k.id()), out -> r.pages().keySkill(catalogue, k, out));
    }
    otherPages.put(Urls.SEARCH_PATH, out -> r.pages().search(catalogue, out));
    otherPages.put(NOT_FOUND, out -> r.pages().notFound(out));
  }

  /** Writes every print page into {@code out}, on all cores. */
  void writePrintPages(SiteOutput out) {
    writeAll(printPages, out);
  }

  /** Writes every page but the print pages into {@code out}, on all cores. */
  void writeOtherPages(SiteOutput out) {
    writeAll(otherPages, out);
  }

  private static void writeAll(Map<String, Consumer<SiteOutput>> pages, SiteOutput out) {
    // A list splits evenly over the cores; a map's values do not.
    new ArrayList<>(pages.values()).parallelStream().forEach(page -> page.accept(out));
  }

  /**
   * The file a build writes for the page at {@code sitePath} ({@code /beroepen/x/} or {@code /beroepen/x/index.html}),
   * or empty when the site has no such page.
   */
  Optional<byte[]> render(String sitePath) {
    String page = sitePath.endsWith("/index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length()) : sitePath;
    Consumer<SiteOutput> renderer = printPages.getOrDefault(page, otherPages.get(page));
    if (renderer == null && isSearchLetter(page)) {
      renderer = otherPages.get(Urls.SEARCH_PATH);
    }
    if (renderer == null) {
      return Optional.empty();
    }
    Map<String, byte[]> written = new HashMap<>();
    renderer.accept(SiteOutput.to(written::put));
    return Optional.ofNullable(written.get(page.endsWith("/") ? page + "index.html" : page));
  }

  /** A page of the search list for one letter, such as {@code /zoeken/a/} (not the search export under it). */
  private static boolean isSearchLetter(String page) {
    return page.startsWith(Urls.SEARCH_PATH) && !page.startsWith(BrowserIndexWriter.ROOT)
        && page.substring(Urls.SEARCH_PATH.length()).matches("[^/]+/");
  }
}
