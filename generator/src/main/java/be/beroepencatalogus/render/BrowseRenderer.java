package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The pages a visitor browses by: the home page, the A-Z lists of all occupations, competencies and key skills, the
 * sectors and the ISCO-08 groups. Long lists are spread over pages by {@link AzList}.
 */
public final class BrowseRenderer {
  /** Up to this many occupations, the home page lists them all; beyond, it links to the A-Z list's letters. */
  static final int HOME_LIST_LIMIT = 50;
  /** Aliases shown per occupation in a list; the occupation page has them all. */
  private static final int LIST_ALIASES = 3;

  private final Templates templates;
  private final PageContext ctx;
  private final IscoGroups isco;

  public BrowseRenderer(Templates templates, PageContext ctx, IscoGroups isco) {
    this.templates = templates;
    this.ctx = ctx;
    this.isco = isco;
  }

  /**
   * What one list shows: its base path and page texts, the breadcrumbs above it, an optional section of groups
   * (sectors, subgroups) and its entries A-Z. {@code letterTitle} names a letter's page.
   */
  private record ListSpec(String path, String kind, String title, String intro, List<PageMeta.Breadcrumb> parents,
      String groupsHeading, List<Views.CountedLink> groups, String listHeading, String emptyText,
      List<Views.ListEntry> entries, Function<String, String> letterTitle) {}

  /** Every page this renderer writes, by site path, each with what writes it (alone, so serve can render one). */
  public Map<String, Consumer<SiteOutput>> pages(Catalogue catalogue) {
    Browse browse = new Browse(catalogue);
    Map<String, Consumer<SiteOutput>> pages = new LinkedHashMap<>();
    AzList<Views.ListEntry> occupationsList = add(pages, occupations(catalogue));
    pages.put("/", out -> home(catalogue, browse, occupationsList, out));
    add(pages, competencies(catalogue));
    add(pages, keySkills(catalogue));
    add(pages, sectors(browse));
    browse.sectors().forEach(s -> add(pages, sector(s)));
    add(pages, groups(browse));
    browse.groups().values().forEach(g -> add(pages, group(browse, g)));
    return pages;
  }

  // ---- the lists ----

  private ListSpec occupations(Catalogue catalogue) {
    List<Views.ListEntry> entries = catalogue.occupationsByTitle().stream().map(this::occupationEntry).toList();
    return new ListSpec(Urls.OCCUPATIONS_PATH, "", ctx.t("browse.occupations.title"), ctx.t("browse.occupations.intro"),
        List.of(homeCrumb()), "", List.of(), ctx.t("browse.occupations.title"), ctx.t("browse.empty"), entries,
        letter -> ctx.t("browse.occupations.letter", letter));
  }

  private Views.ListEntry occupationEntry(Occupation o) {
    List<String> notes = new ArrayList<>();
    if (!o.aliases().isEmpty()) {
      String shown = String.join(", ", o.aliases().subList(0, Math.min(LIST_ALIASES, o.aliases().size())));
      notes.add(ctx.t("browse.aliases", o.aliases().size() > LIST_ALIASES ? shown + ", …" : shown));
    }
    if (!o.isco().isEmpty()) {
      notes.add(ctx.t("browse.isco", o.isco()));
    }
    return new Views.ListEntry(o.title(), ctx.urls().occupation(o.id()), notes);
  }

  private ListSpec competencies(Catalogue catalogue) {
    List<Competency> sorted = Catalogue.sortedByTitle(catalogue.competencies(), Competency::title, Comparator.comparing(Competency::id));
    List<Views.ListEntry> entries = sorted.stream()
        .map(c -> new Views.ListEntry(c.title(), ctx.urls().competency(c.id()), List.of(
            c.skills().size() == 1 ? ctx.t("count.one.skill") : ctx.t("count.n.skills", c.skills().size()),
            occupationCount(catalogue.occupationsUsingCompetency(c.id()).size()))))
        .toList();
    return new ListSpec(Urls.COMPETENCIES_PATH, "", ctx.t("browse.competencies.title"), ctx.t("browse.competencies.intro"),
        List.of(homeCrumb()), "", List.of(), ctx.t("browse.competencies.title"), ctx.t("browse.empty"), entries,
        letter -> ctx.t("browse.competencies.letter", letter));
  }

  private ListSpec keySkills(Catalogue catalogue) {
    List<KeySkill> sorted = Catalogue.sortedByTitle(catalogue.keySkills(), KeySkill::title, Comparator.comparing(KeySkill::id));
    List<Views.ListEntry> entries = sorted.stream()
        .map(k -> new Views.ListEntry(k.title(), ctx.urls().keySkill(k.id()),
            List.of(occupationCount(catalogue.occupationsAskingKeySkill(k.id()).size()))))
        .toList();
    return new ListSpec(Urls.KEY_SKILLS_PATH, "", ctx.t("browse.keyskills.title"), ctx.t("browse.keyskills.intro"),
        List.of(homeCrumb()), "", List.of(), ctx.t("browse.keyskills.title"), ctx.t("browse.empty"), entries,
        letter -> ctx.t("browse.keyskills.letter", letter));
  }

  private String occupationCount(int count) {
    return count == 1 ? ctx.t("browse.count.occupations.one") : ctx.t("browse.count.occupations", count);
  }

  private ListSpec sectors(Browse browse) {
    List<Views.CountedLink> sectors = browse.sectors().stream()
        .map(s -> new Views.CountedLink(s.name(), ctx.urls().sector(s.id()), s.occupations().size()))
        .toList();
    return new ListSpec(Urls.SECTORS_PATH, "", ctx.t("browse.sectors.title"), ctx.t("browse.sectors.intro"), List.of(homeCrumb()),
        ctx.t("browse.sectors.title"), sectors, "", sectors.isEmpty() ? ctx.t("browse.sectors.none") : "", null, null);
  }

  private PageMeta.Breadcrumb sectorsCrumb() {
    return new PageMeta.Breadcrumb(ctx.t("browse.sectors.title"), ctx.urls().link(Urls.SECTORS_PATH));
  }

  private ListSpec sector(Browse.Sector sector) {
    List<Views.ListEntry> entries = sector.occupations().stream().map(this::occupationEntry).toList();
    return new ListSpec(Urls.sectorPath(sector.id()), ctx.t("browse.sector.kind"), sector.name(), "", List.of(homeCrumb(), sectorsCrumb()),
        "", List.of(), ctx.t("browse.sector.occupations"), "", entries, letter -> ctx.t("browse.sector.letter", sector.name(), letter));
  }

  private ListSpec groups(Browse browse) {
    List<Views.CountedLink> majors = browse.majorGroups().stream().map(this::groupLink).toList();
    return new ListSpec(Urls.ISCO_GROUPS_PATH, "", ctx.t("browse.groups.title"), ctx.t("browse.groups.intro"), List.of(homeCrumb()),
        ctx.t("browse.groups.major"), majors, "", majors.isEmpty() ? ctx.t("browse.groups.none") : "", null, null);
  }

  /** A group in a list of groups: its name, or for a group the table does not name, its code and a few of its occupations. */
  private Views.CountedLink groupLink(Browse.IscoGroup group) {
    String label = isco.name(group.code()).map(n -> group.code() + " " + n).orElseGet(() -> ctx.t("browse.group.examples", group.code(),
        String.join(", ", group.occupations().stream().limit(2).map(Occupation::title).toList())));
    return new Views.CountedLink(label, ctx.urls().iscoGroup(group.code()), group.occupations().size());
  }

  /** The page title of a group: {@code "26 Specialisten ..."}, or {@code "Beroepsgroep 2654"}. */
  private String groupTitle(String code) {
    return isco.name(code).map(n -> code + " " + n).orElseGet(() -> ctx.t("browse.group.unnamed", code));
  }

  private ListSpec group(Browse browse, Browse.IscoGroup group) {
    List<PageMeta.Breadcrumb> parents = new ArrayList<>(List.of(homeCrumb(),
        new PageMeta.Breadcrumb(ctx.t("browse.groups.title"), ctx.urls().link(Urls.ISCO_GROUPS_PATH))));
    IscoGroups.chain(group.code()).stream()
        .filter(code -> code.length() < group.code().length())
        .forEach(code -> parents.add(new PageMeta.Breadcrumb(isco.label(code), ctx.urls().iscoGroup(code))));
    List<Views.CountedLink> subgroups = group.subgroups().stream().map(code -> groupLink(browse.group(code).orElseThrow())).toList();
    List<Views.ListEntry> entries = group.occupations().stream().map(this::occupationEntry).toList();
    String title = groupTitle(group.code());
    return new ListSpec(Urls.iscoGroupPath(group.code()), ctx.t("browse.group.kind"), title, "", parents,
        ctx.t("browse.group.subgroups"), subgroups, ctx.t("browse.group.occupations"), "", entries,
        letter -> ctx.t("browse.group.letter", title, letter));
  }

  // ---- writing a list's pages ----

  /** Adds the list's pages to {@code pages}: its base page, and when it is long, a page per letter and page number. */
  private AzList<Views.ListEntry> add(Map<String, Consumer<SiteOutput>> pages, ListSpec spec) {
    AzList<Views.ListEntry> list = AzList.of(spec.path(), spec.entries() == null ? List.of() : spec.entries(), Views.ListEntry::title);
    pages.put(spec.path(), out -> writeBase(spec, list, out));
    for (AzList.LetterPage<Views.ListEntry> page : list.letterPages()) {
      pages.put(page.path(), out -> writeLetterPage(spec, list, page, out));
    }
    return list;
  }

  private void writeBase(ListSpec spec, AzList<Views.ListEntry> list, SiteOutput out) {
    Views.AzListView listView = null;
    String emptyText = spec.emptyText();
    if (spec.entries() != null && list.size() > 0) {
      List<Views.AzSection> sections = list.split() ? List.of()
          : list.byLetter().entrySet().stream()
              .map(e -> new Views.AzSection(e.getKey(), "letter-" + AzList.slug(e.getKey()), e.getValue()))
              .toList();
      // A split list shows only its letters here, each leading to its own page: the heading says what to do.
      listView = new Views.AzListView(list.split() ? ctx.t("browse.letters") : spec.listHeading(), letters(list, null), sections, null);
      emptyText = list.split() ? ctx.t("browse.pick") : "";
    }
    List<PageMeta.Breadcrumb> crumbs = new ArrayList<>(spec.parents());
    crumbs.add(new PageMeta.Breadcrumb(crumbLabel(spec), null));
    PageMeta meta = new PageMeta(spec.title() + " · " + ctx.settings().title(), spec.intro().isEmpty() ? spec.title() : spec.intro(),
        spec.path(), crumbs);
    Views.BrowseView view = new Views.BrowseView(spec.kind(), spec.title(), spec.intro(), spec.groupsHeading(), spec.groups(), emptyText, listView);
    out.writePage(spec.path(), templates.page(PageTemplates.browse(ctx, meta, view)));
  }

  /** The breadcrumb of a list's own page: a group shows its code there, as in the trail of its subgroups. */
  private String crumbLabel(ListSpec spec) {
    return spec.path().startsWith(Urls.ISCO_GROUPS_PATH) && !spec.path().equals(Urls.ISCO_GROUPS_PATH)
        ? isco.label(spec.path().substring(Urls.ISCO_GROUPS_PATH.length(), spec.path().length() - 1))
        : spec.title();
  }

  private void writeLetterPage(ListSpec spec, AzList<Views.ListEntry> list, AzList.LetterPage<Views.ListEntry> page, SiteOutput out) {
    Views.Pagination pagination = null;
    String title = spec.letterTitle().apply(page.letter());
    String pageTitle = title;
    if (page.count() > 1) {
      List<Views.PageLink> links = IntStream.rangeClosed(1, page.count())
          .mapToObj(n -> new Views.PageLink(n, n == page.number() ? null : ctx.urls().link(list.pagePath(page.letter(), n))))
          .toList();
      pagination = new Views.Pagination(page.number(), page.count(),
          page.number() > 1 ? ctx.urls().link(list.pagePath(page.letter(), page.number() - 1)) : null,
          page.number() < page.count() ? ctx.urls().link(list.pagePath(page.letter(), page.number() + 1)) : null, links);
      pageTitle = title + ", " + ctx.t("browse.page.of", page.number(), page.count());
    }
    // The page's title names the letter: no heading of its own over the list.
    Views.AzListView listView = new Views.AzListView(null,
        letters(list, page.number() == 1 ? page.letter() : null),
        List.of(new Views.AzSection(page.letter(), "letter-" + AzList.slug(page.letter()), page.entries())), pagination);
    List<PageMeta.Breadcrumb> crumbs = new ArrayList<>(spec.parents());
    crumbs.add(new PageMeta.Breadcrumb(crumbLabel(spec), ctx.urls().link(spec.path())));
    crumbs.add(new PageMeta.Breadcrumb(page.count() > 1 ? page.letter() + " (" + page.number() + "/" + page.count() + ")" : page.letter(), null));
    PageMeta meta = new PageMeta(pageTitle + " · " + ctx.settings().title(), pageTitle, page.path(), crumbs);
    Views.BrowseView view = new Views.BrowseView(spec.kind(), title, "", "", List.of(), "", listView);
    out.writePage(page.path(), templates.page(PageTemplates.browse(ctx, meta, view)));
  }

  /**
   * The whole alphabet; letters without entries are not linked, {@code current} is marked. None for a list whose
   * entries all start with one letter: there is nothing to jump to.
   */
  private List<Views.AzLetter> letters(AzList<Views.ListEntry> list, String current) {
    if (list.byLetter().size() < 2) {
      return List.of();
    }
    List<Views.AzLetter> letters = new ArrayList<>();
    for (String letter : AzList.alphabet()) {
      List<Views.ListEntry> entries = list.byLetter().getOrDefault(letter, List.of());
      if (letter.equals("#") && entries.isEmpty()) {
        continue; // few titles start with a digit: no empty "#" in every index
      }
      boolean isCurrent = letter.equals(current);
      String url = entries.isEmpty() || isCurrent ? null : ctx.urls().link(list.letterPath(letter));
      letters.add(new Views.AzLetter(letter, url, entries.size(), isCurrent));
    }
    return letters;
  }

  private PageMeta.Breadcrumb homeCrumb() {
    return new PageMeta.Breadcrumb(ctx.t("nav.home"), ctx.urls().home());
  }

  // ---- the home page ----

  private void home(Catalogue catalogue, Browse browse, AzList<Views.ListEntry> occupationsList, SiteOutput out) {
    int skills = catalogue.competencies().stream().mapToInt(c -> c.skills().size()).sum();
    Views.Counts counts = new Views.Counts(catalogue.occupations().size(), catalogue.competencies().size(), skills, catalogue.keySkills().size());
    Views.CountLinks countLinks = new Views.CountLinks(ctx.urls().link(Urls.OCCUPATIONS_PATH), ctx.urls().link(Urls.COMPETENCIES_PATH),
        ctx.urls().link(Urls.COMPETENCIES_PATH), ctx.urls().link(Urls.KEY_SKILLS_PATH));
    List<Views.LetterGroup> az = List.of();
    List<Views.AzLetter> letters;
    if (catalogue.occupations().size() <= HOME_LIST_LIMIT) {
      // A small catalogue: every occupation on the home page, the index jumping to its letters there.
      Map<String, List<Views.OccupationLink>> byLetter = new LinkedHashMap<>();
      catalogue.occupationsByTitle().forEach(o -> byLetter.computeIfAbsent(PageRenderer.letterOf(o.title()), k -> new ArrayList<>())
          .add(new Views.OccupationLink(o.title(), ctx.urls().occupation(o.id()), o.aliases())));
      az = byLetter.entrySet().stream().map(e -> new Views.LetterGroup(e.getKey(), e.getValue())).toList();
      letters = az.size() < 2 ? List.of()
          : az.stream().map(g -> new Views.AzLetter(g.letter(), "#letter-" + g.letter().toLowerCase(Locale.ROOT), g.occupations().size(), false)).toList();
    } else {
      letters = letters(occupationsList, null);
    }
    List<Views.CountedLink> sectors = browse.sectors().stream()
        .map(s -> new Views.CountedLink(s.name(), ctx.urls().sector(s.id()), s.occupations().size())).toList();
    List<Views.CountedLink> majors = browse.majorGroups().stream().map(this::groupLink).toList();
    Views.HomeView view = new Views.HomeView(counts, countLinks, az, letters, sectors, majors, ctx.urls().link(Urls.SECTORS_PATH),
        ctx.urls().link(Urls.ISCO_GROUPS_PATH), ctx.urls().link(Urls.OCCUPATIONS_PATH));
    String description = ctx.settings().description().isEmpty() ? ctx.settings().title() : ctx.settings().description();
    PageMeta meta = new PageMeta(ctx.settings().title(), description, "/", List.of(homeCrumb()), List.of("search.js"));
    out.writePage("/", templates.page(PageTemplates.home(ctx, meta, view)));
  }
}
