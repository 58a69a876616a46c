package be.beroepencatalogus.render;

import java.net.URI;

/**
 * The public URLs of the site (a stable interface: see DESIGN.md). Links are root-relative and carry the
 * base URL's path, so a site published under {@code https://host/catalogus/} links correctly.
 */
public final class Urls {
  private final String baseUrl;
  private final String basePath;

  public Urls(String baseUrl) {
    this.baseUrl = baseUrl;
    this.basePath = baseUrl.startsWith("/") ? baseUrl : pathOf(baseUrl);
  }

  private static String pathOf(String absoluteUrl) {
    String path = URI.create(absoluteUrl).getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** Site-relative paths, independent of where the site is published (used in the open-data export). */
  public static String occupationPath(String id) {
    return "/beroepen/" + id + "/";
  }

  public static String planPath(String id) {
    return "/beroepen/" + id + "/opleidingsplan/";
  }

  public static String planPdfPath(String id) {
    return "/beroepen/" + id + "/opleidingsplan.pdf";
  }

  public static String competencyPath(String id) {
    return "/competenties/" + id + "/";
  }

  public static String keySkillPath(String id) {
    return "/sleutelvaardigheden/" + id + "/";
  }

  /** The A-Z lists of all occupations, competencies and key skills (long ones go on with a page per letter). */
  public static final String OCCUPATIONS_PATH = "/beroepen/";
  public static final String COMPETENCIES_PATH = "/competenties/";
  public static final String KEY_SKILLS_PATH = "/sleutelvaardigheden/";
  /** The sectors, and each sector's occupations at {@link #sectorPath}. */
  public static final String SECTORS_PATH = "/sectoren/";
  /** The ISCO-08 major groups, and each group at {@link #iscoGroupPath}. */
  public static final String ISCO_GROUPS_PATH = "/beroepsgroepen/";

  /** A sector's page; {@code id} is the slug of its name ({@code Browse.sectorId}). */
  public static String sectorPath(String id) {
    return SECTORS_PATH + id + "/";
  }

  /** An ISCO-08 group's page by its code of 1 to 4 digits. */
  public static String iscoGroupPath(String code) {
    return ISCO_GROUPS_PATH + code + "/";
  }

  public static final String SEARCH_PATH = "/zoeken/";
  public static final String CATALOGUE_JSON_PATH = "/catalogus.json";

  /** A site-relative path ({@code /x/}) as a link on this site. */
  public String link(String sitePath) {
    return basePath + sitePath.substring(1);
  }

  /** A site-relative path as an absolute URL, for the sitemap and canonical links (root-relative when no host is known). */
  public String absolute(String sitePath) {
    return baseUrl.startsWith("/") ? link(sitePath) : baseUrl + sitePath.substring(1);
  }

  public String home() {
    return basePath;
  }

  public String occupation(String id) {
    return link(occupationPath(id));
  }

  public String plan(String id) {
    return link(planPath(id));
  }

  public String competency(String id) {
    return link(competencyPath(id));
  }

  public String skill(String competencyId, String anchor) {
    return competency(competencyId) + "#" + anchor;
  }

  public String keySkill(String id) {
    return link(keySkillPath(id));
  }

  public String search() {
    return link(SEARCH_PATH);
  }

  public String catalogueJson() {
    return link(CATALOGUE_JSON_PATH);
  }

  public String sector(String id) {
    return link(sectorPath(id));
  }

  public String iscoGroup(String code) {
    return link(iscoGroupPath(code));
  }

  public String asset(String name) {
    return basePath + "assets/" + name;
  }
}
