package be.beroepencatalogus.check;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.InternalLink;
import be.beroepencatalogus.model.Skill;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Links in Markdown that point inside the site must reach a page (and a skill, for a #fragment) that exists. */
final class LinkRules {
  private static final Set<String> FIXED = Set.of("/", "/zoeken/", "/catalogus.json", "/sitemap.xml");
  private static final Pattern ENTITY =
      Pattern.compile("^/(beroepen|competenties|sleutelvaardigheden)/([^/]+)(/|/opleidingsplan/|/opleidingsplan\\.pdf)?$");

  private LinkRules() {}

  static void check(Catalogue catalogue, List<InternalLink> links, List<Problem> problems) {
    Map<String, Suggestions> suggestions = new HashMap<>();
    for (InternalLink link : links) {
      problem(catalogue, link.target(), suggestions).ifPresent(p -> problems.add(Problem.error(link.source(), p[0], p[1])));
    }
  }

  /** The message and hint for a broken link, or empty when it works. */
  private static Optional<String[]> problem(Catalogue catalogue, String target, Map<String, Suggestions> suggestions) {
    if (!target.startsWith("/")) {
      return broken(target, "link to pages with a path from the site's root, such as /competenties/<id>/ (not to .md files)");
    }
    String path = target;
    String fragment = null;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash + 1);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (FIXED.contains(path)) {
      return Optional.empty();
    }
    Matcher m = ENTITY.matcher(path);
    if (!m.matches()) {
      return broken(target, "no such page on the site");
    }
    String kind = m.group(1);
    String id = m.group(2);
    String suffix = m.group(3);
    boolean exists = switch (kind) {
      case "beroepen" -> catalogue.occupation(id).isPresent();
      case "competenties" -> catalogue.competency(id).isPresent();
      default -> catalogue.keySkill(id).isPresent();
    };
    if (!exists) {
      // Made once per kind, when a link to it is broken: many links may point at one renamed page.
      Suggestions ids = suggestions.computeIfAbsent(kind, k -> new Suggestions(switch (k) {
        case "beroepen" -> catalogue.occupations().stream().map(o -> o.id()).toList();
        case "competenties" -> catalogue.competencies().stream().map(Competency::id).toList();
        default -> catalogue.keySkills().stream().map(ks -> ks.id()).toList();
      }));
      return broken(target, ids.closest(id).map(k -> "did you mean /" + kind + "/" + k + "/?").orElse("no " + kind + "/" + id + ".md in the content"));
    }
    if (suffix == null) {
      return broken(target, "site paths end with a slash: /" + kind + "/" + id + "/");
    }
    if (!suffix.equals("/") && !kind.equals("beroepen")) {
      return broken(target, "only occupations have a plan");
    }
    if (fragment != null && kind.equals("competenties") && suffix.equals("/")) {
      Competency competency = catalogue.competency(id).orElseThrow();
      List<String> anchors = competency.skills().stream().map(Skill::anchor).toList();
      if (!anchors.contains(fragment)) {
        String hint = DidYouMean.closest(fragment, anchors).map(a -> "did you mean #" + a + "?")
            .orElse("the skills' anchors are shown on the competency page");
        return Optional.of(new String[] {"link to a skill that does not exist: '" + target + "'", hint});
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> broken(String target, String hint) {
    return Optional.of(new String[] {"broken link '" + target + "'", hint});
  }
}
