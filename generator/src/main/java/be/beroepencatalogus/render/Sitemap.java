package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code /sitemap.xml}: every page's absolute URL, in a fixed order and without dates, so it is reproducible. The
 * browse pages (home, lists, sectors, ISCO groups) come as their renderer lists them.
 */
public final class Sitemap {

  public String xml(Catalogue catalogue, Urls urls, Collection<String> browsePaths) {
    List<String> paths = new ArrayList<>();
    paths.add("/");
    paths.add(Urls.SEARCH_PATH);
    browsePaths.stream().filter(p -> !p.equals("/")).forEach(paths::add);
    catalogue.occupations().forEach(o -> {
      paths.add(Urls.occupationPath(o.id()));
      paths.add(Urls.planPath(o.id()));
    });
    catalogue.competencies().forEach(c -> paths.add(Urls.competencyPath(c.id())));
    catalogue.keySkills().forEach(k -> paths.add(Urls.keySkillPath(k.id())));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : paths) {
      xml.append("  <url><loc>").append(escape(urls.absolute(path))).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
