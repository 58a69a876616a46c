package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Sectors;
import java.util.ArrayList;
import java.util.List;

/** An occupation's sector and ISCO-08 group as links to their pages, and its ESCO concept, for the facts on the occupation page. */
final class OccupationFacts {
  private final PageContext ctx;
  private final IscoGroups isco;

  OccupationFacts(PageContext ctx, IscoGroups isco) {
    this.ctx = ctx;
    this.isco = isco;
  }

  Views.OccupationFacts of(Occupation occupation) {
    String sectorId = Sectors.id(occupation.sector());
    return new Views.OccupationFacts(occupation.sector().strip(), sectorId.isEmpty() ? null : ctx.urls().sector(sectorId),
        iscoLinks(occupation.isco()), occupation.esco());
  }

  /**
   * The group by its Dutch name; a group the theme's table does not name (a unit group, today) by its code, after
   * the nearest group that has a name: {@code 26 Specialisten ...}, {@code 2654}.
   */
  private List<Views.Link> iscoLinks(String code) {
    if (code.isEmpty()) {
      return List.of();
    }
    List<Views.Link> links = new ArrayList<>();
    if (isco.name(code).isEmpty()) {
      IscoGroups.chain(code).stream()
          .filter(c -> isco.name(c).isPresent())
          .reduce((first, second) -> second)
          .ifPresent(named -> links.add(new Views.Link(isco.label(named), ctx.urls().iscoGroup(named))));
    }
    links.add(new Views.Link(isco.label(code), ctx.urls().iscoGroup(code)));
    return links;
  }
}
