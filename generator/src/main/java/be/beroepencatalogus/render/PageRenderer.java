package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.RelatedOccupations;
import be.beroepencatalogus.model.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders the catalogue's HTML pages (occupations, competencies, key skills, search, 404) through the theme's
 * templates. The home page and the lists are rendered by {@link BrowseRenderer}, plans by the {@code plan} stage.
 */
public final class PageRenderer {
  private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
  private static final String SEARCH_SCRIPT = "search.js";
  /** Up to this many entries, /zoeken/ lists them all for visitors without JavaScript; beyond, a page per letter. */
  static final int SEARCH_LIST_LIMIT = 600;

  private final Templates templates;
  private final PageContext ctx;
  private final MarkdownHtml markdown;

  private final Function<String, String> pdfSize;
  private final OccupationJsonLd jsonLd;
  private final OccupationFacts facts;

  /**
   * {@code iscoGroups}: the names of the groups an occupation's facts link to; {@code pdfSize}: an occupation's plan
   * PDF size by occupation id, as shown beside its download link.
   */
  public PageRenderer(Templates templates, PageContext ctx, MarkdownHtml markdown, IscoGroups iscoGroups, Function<String, String> pdfSize) {
    this.templates = templates;
    this.ctx = ctx;
    this.markdown = markdown;
    this.pdfSize = pdfSize;
    this.jsonLd = new OccupationJsonLd(ctx.urls(), markdown);
    this.facts = new OccupationFacts(ctx, iscoGroups);
  }

  private PageMeta.Breadcrumb homeCrumb() {
    return new PageMeta.Breadcrumb(ctx.t("nav.home"), ctx.urls().home());
  }

  /** The upper-case first letter of the title's slug, or {@code "#"} for a digit or an empty slug. */
  static String letterOf(String title) {
    String slug = Slugs.fromTitle(title, 1);
    char first = slug.isEmpty() ? '#' : slug.charAt(0);
    return Character.isLetter(first) ? String.valueOf(first).toUpperCase(Locale.ROOT) : "#";
  }

  /** {@code related}: made once for {@code catalogue}, it finds the occupations this one's page links to. */
  public void occupation(Catalogue catalogue, RelatedOccupations related, Occupation occupation, SiteOutput out) {
    Views.OccupationView view =
        new Views.OccupationView(
            occupation.id(),
            occupation.title(),
            occupation.aliases(),
            occupation.duration(),
            occupation.sector(),
            markdown.toHtml(occupation.descriptionMarkdown()),
            competencySummaries(catalogue, occupation, Group.BASIS),
            competencySummaries(catalogue, occupation, Group.SPECIFIEK),
            occupation.keySkills().stream()
                .map(use -> {
                  KeySkill k = catalogue.keySkill(use.keySkillId()).orElseThrow();
                  return new Views.KeySkillItem(k.title(), ctx.urls().keySkill(k.id()), markdown.toHtml(use.descriptionMarkdown()));
                })
                .toList(),
            relatedLinks(related.of(occupation)),
            ctx.urls().plan(occupation.id()),
            ctx.urls().link(Urls.planPdfPath(occupation.id())),
            pdfSize.apply(occupation.id()),
            facts.of(occupation));
    String path = Urls.occupationPath(occupation.id());
    PageMeta meta =
        new PageMeta(
            occupation.title() + " · " + ctx.settings().title(),
            ctx.t("occupation.description", occupation.title().toLowerCase(DUTCH)),
            path,
            List.of(homeCrumb(), new PageMeta.Breadcrumb(ctx.t("nav.occupations"), ctx.urls().link(Urls.OCCUPATIONS_PATH)),
                new PageMeta.Breadcrumb(occupation.title(), null)))
            .withStructuredData(jsonLd.of(catalogue, occupation));
    out.writePage(path, templates.page(PageTemplates.occupation(ctx, meta, view)));
  }

  private List<Views.CompetencySummary> competencySummaries(Catalogue catalogue, Occupation occupation, Group group) {
    return occupation.competencies(group).stream()
        .map(use -> catalogue.competency(use.competencyId()).orElseThrow())
        .map(c -> new Views.CompetencySummary(c.title(), ctx.urls().competency(c.id()),
            c.skills().stream().map(s -> new Views.SkillLink(s.title(), ctx.urls().skill(c.id(), s.anchor()))).toList()))
        .toList();
  }

  /** Up to this many shared competencies are named beside a related occupation; the rest are counted. */
  private static final int SHARED_SHOWN = 3;

  private List<Views.RelatedOccupationLink> relatedLinks(List<RelatedOccupations.Related> related) {
    return related.stream()
        .map(r -> new Views.RelatedOccupationLink(r.occupation().title(), ctx.urls().occupation(r.occupation().id()),
            r.shared().stream().limit(SHARED_SHOWN)
                .map(c -> new Views.CompetencyLink(c.title(), ctx.urls().competency(c.id()), c.skills().size())).toList(),
            Math.max(0, r.shared().size() - SHARED_SHOWN), r.sameIscoGroup()))
        .toList();
  }

  public void competency(Catalogue catalogue, Competency competency, SiteOutput out) {
    List<Views.SkillSection> skills =
        competency.skills().stream()
            .map(s -> new Views.SkillSection(s.title(), s.anchor(), markdown.toHtml(s.trainingActionsMarkdown())))
            .toList();
    List<Views.UsingOccupation> users =
        catalogue.occupationsUsingCompetency(competency.id()).stream()
            .map(o -> new Views.UsingOccupation(o.title(), ctx.urls().occupation(o.id()), groupLabel(o, competency.id())))
            .toList();
    Views.CompetencyView view = new Views.CompetencyView(competency.id(), competency.title(), markdown.toHtml(competency.introMarkdown()), skills, users);
    String path = Urls.competencyPath(competency.id());
    PageMeta meta =
        new PageMeta(
            competency.title() + " · " + ctx.settings().title(),
            ctx.t("competency.description", competency.skills().size()),
            path,
            List.of(homeCrumb(), new PageMeta.Breadcrumb(ctx.t("nav.competencies"), ctx.urls().link(Urls.COMPETENCIES_PATH)),
                new PageMeta.Breadcrumb(competency.title(), null)));
    out.writePage(path, templates.page(PageTemplates.competency(ctx, meta, view)));
  }

  private String groupLabel(Occupation occupation, String competencyId) {
    return occupation.competencies().stream()
        .filter(use -> use.competencyId().equals(competencyId))
        .findFirst()
        .map(use -> ctx.t("group." + use.group().key() + ".short"))
        .orElse("");
  }

  public void keySkill(Catalogue catalogue, KeySkill keySkill, SiteOutput out) {
    List<Views.AskingOccupation> uses =
        catalogue.occupationsAskingKeySkill(keySkill.id()).stream()
            .flatMap(o -> o.keySkills().stream()
                .filter(use -> use.keySkillId().equals(keySkill.id()))
                .limit(1)
                .map(use -> new Views.AskingOccupation(o.title(), ctx.urls().occupation(o.id()), markdown.toHtml(use.descriptionMarkdown()))))
            .toList();
    Views.KeySkillView view = new Views.KeySkillView(keySkill.id(), keySkill.title(), markdown.toHtml(keySkill.definitionMarkdown()), uses);
    String path = Urls.keySkillPath(keySkill.id());
    PageMeta meta =
        new PageMeta(
            keySkill.title() + " · " + ctx.settings().title(),
            ctx.t("kind.keyskill") + ": " + keySkill.title(),
            path,
            List.of(homeCrumb(), new PageMeta.Breadcrumb(ctx.t("nav.keyskills"), ctx.urls().link(Urls.KEY_SKILLS_PATH)),
                new PageMeta.Breadcrumb(keySkill.title(), null)));
    out.writePage(path, templates.page(PageTemplates.keySkill(ctx, meta, view)));
  }

  public void search(Catalogue catalogue, SiteOutput out) {
    List<Views.IndexEntry> unsorted = new ArrayList<>();
    for (Occupation o : catalogue.occupations()) {
      unsorted.add(new Views.IndexEntry(o.title(), ctx.urls().occupation(o.id()), ctx.t("kind.occupation"), null));
    }
    for (Competency c : catalogue.competencies()) {
      unsorted.add(new Views.IndexEntry(c.title(), ctx.urls().competency(c.id()), ctx.t("kind.competency"), null));
      c.skills().forEach(s -> unsorted.add(new Views.IndexEntry(s.title(), ctx.urls().skill(c.id(), s.anchor()), ctx.t("kind.skill"), c.title())));
    }
    for (KeySkill k : catalogue.keySkills()) {
      unsorted.add(new Views.IndexEntry(k.title(), ctx.urls().keySkill(k.id()), ctx.t("kind.keyskill"), null));
    }
    List<Views.IndexEntry> entries = Catalogue.sortedByTitle(unsorted, Views.IndexEntry::title, Comparator.comparing(Views.IndexEntry::url));
    PageMeta.Breadcrumb searchCrumb = new PageMeta.Breadcrumb(ctx.t("search.title"), ctx.urls().search());
    PageMeta meta =
        new PageMeta(
            ctx.t("search.title") + " · " + ctx.settings().title(),
            ctx.t("search.description"),
            Urls.SEARCH_PATH,
            List.of(homeCrumb(), new PageMeta.Breadcrumb(ctx.t("search.title"), null)),
            List.of(SEARCH_SCRIPT));
    if (entries.size() <= SEARCH_LIST_LIMIT) {
      out.writePage(Urls.SEARCH_PATH, renderSearch(meta, new Views.SearchIndexView(ctx.t("search.all"), List.of(), entries, true)));
      return;
    }
    // A list of every entry of a large catalogue would make /zoeken/ megabytes heavy: one page per letter.
    Map<String, List<Views.IndexEntry>> byLetter = new LinkedHashMap<>();
    entries.forEach(e -> byLetter.computeIfAbsent(letterOf(e.title()), k -> new ArrayList<>()).add(e));
    out.writePage(Urls.SEARCH_PATH, renderSearch(meta, new Views.SearchIndexView(ctx.t("search.all"), letters(byLetter, null), List.of(), true)));
    for (Map.Entry<String, List<Views.IndexEntry>> letter : byLetter.entrySet()) {
      String path = letterPath(letter.getKey());
      PageMeta letterMeta =
          new PageMeta(
              ctx.t("search.letter.title", letter.getKey()) + " · " + ctx.settings().title(),
              ctx.t("search.letter.title", letter.getKey()),
              path,
              List.of(homeCrumb(), searchCrumb, new PageMeta.Breadcrumb(ctx.t("search.letter", letter.getKey()), null)),
              List.of(SEARCH_SCRIPT));
      out.writePage(path, renderSearch(letterMeta,
          new Views.SearchIndexView(ctx.t("search.all"), letters(byLetter, letter.getKey()), letter.getValue(), false)));
    }
  }

  private List<Views.Letter> letters(Map<String, List<Views.IndexEntry>> byLetter, String current) {
    return byLetter.entrySet().stream()
        .map(e -> new Views.Letter(e.getKey(), e.getKey().equals(current) ? null : ctx.urls().link(letterPath(e.getKey())), e.getValue().size()))
        .toList();
  }

  private static String letterPath(String letter) {
    return Urls.SEARCH_PATH + AzList.slug(letter) + "/";
  }

  private byte[] renderSearch(PageMeta meta, Views.SearchIndexView view) {
    return templates.page(PageTemplates.search(ctx, meta, view));
  }

  public void notFound(SiteOutput out) {
    PageMeta meta = new PageMeta(ctx.t("notfound.title") + " · " + ctx.settings().title(), ctx.t("notfound.text"), "/404.html", List.of(homeCrumb()));
    out.writePage("/404.html", templates.page(PageTemplates.notFound(ctx, meta)));
  }
}
