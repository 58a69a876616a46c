package be.beroepencatalogus.diff;

import be.beroepencatalogus.diff.Change.Kind;
import be.beroepencatalogus.diff.Change.OccupationRef;
import be.beroepencatalogus.diff.Change.Subject;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.model.Skill;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compares two catalogues in the terms authors and reviewers use: occupations, competencies, skills, training
 * actions and key skills added, removed or changed; titles; competencies moved between basis and specifiek or
 * added to and removed from an occupation; and which occupations a changed competency or key skill affects.
 * Text is compared with whitespace collapsed, so re-wrapping a paragraph is not a change.
 */
public final class CatalogueDiffer {

  public CatalogueDiff compare(Catalogue before, Catalogue after) {
    List<Change> changes = new ArrayList<>();
    SortedSet<String> affected = new TreeSet<>();
    List<Phrase> settings = settings(before.settings(), after.settings());
    if (!settings.isEmpty()) {
      changes.add(new Change(Subject.SETTINGS, Kind.CHANGED, "site.yaml", after.settings().title(), settings, List.of()));
    }
    changes.addAll(items(Subject.OCCUPATION, before.occupations(), after.occupations(), Occupation::id, Occupation::title,
        (b, a) -> occupation(b, a, before, after), id -> List.of()));
    changes.addAll(items(Subject.COMPETENCY, before.competencies(), after.competencies(), Competency::id, Competency::title,
        this::competency, id -> refs(after.occupationsUsingCompetency(id))));
    changes.addAll(items(Subject.KEY_SKILL, before.keySkills(), after.keySkills(), KeySkill::id, KeySkill::title,
        this::keySkill, id -> refs(after.occupationsAskingKeySkill(id))));

    for (Change c : changes) {
      switch (c.subject()) {
        case OCCUPATION -> affected.add(c.id());
        case COMPETENCY -> {
          c.affects().forEach(o -> affected.add(o.id()));
          if (c.kind() == Kind.REMOVED) {
            before.occupationsUsingCompetency(c.id()).forEach(o -> affected.add(o.id()));
          }
        }
        case KEY_SKILL -> {
          c.affects().forEach(o -> affected.add(o.id()));
          if (c.kind() == Kind.REMOVED) {
            before.occupationsAskingKeySkill(c.id()).forEach(o -> affected.add(o.id()));
          }
        }
        case SETTINGS -> { }
      }
    }
    return new CatalogueDiff(changes, affected);
  }

  /** Added, then removed, then changed items, each by id. */
  private static <T> List<Change> items(Subject subject, List<T> before, List<T> after, Function<T, String> id,
      Function<T, String> title, BiFunction<T, T, List<Phrase>> details, Function<String, List<OccupationRef>> affects) {
    Map<String, T> old = byId(before, id);
    Map<String, T> now = byId(after, id);
    List<Change> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    now.forEach((key, item) -> {
      T was = old.get(key);
      if (was == null) {
        added.add(new Change(subject, Kind.ADDED, key, title.apply(item), List.of(), List.of()));
      } else {
        List<Phrase> d = details.apply(was, item);
        if (!d.isEmpty()) {
          changed.add(new Change(subject, Kind.CHANGED, key, title.apply(item), d, affects.apply(key)));
        }
      }
    });
    List<Change> removed = new ArrayList<>();
    old.forEach((key, item) -> {
      if (!now.containsKey(key)) {
        removed.add(new Change(subject, Kind.REMOVED, key, title.apply(item), List.of(), List.of()));
      }
    });
    List<Change> all = new ArrayList<>(added);
    all.addAll(removed);
    all.addAll(changed);
    return all;
  }

  /** Sorted by id; the first of duplicate ids wins, as in {@link Catalogue}. */
  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new TreeMap<>();
    items.forEach(item -> map.putIfAbsent(id.apply(item), item));
    return map;
  }

  private static List<OccupationRef> refs(List<Occupation> occupations) {
    return occupations.stream().map(o -> new OccupationRef(o.id(), o.title())).toList();
  }

  private static List<Phrase> settings(SiteSettings b, SiteSettings a) {
    List<Phrase> d = new ArrayList<>();
    changed(d, "title", b.title(), a.title());
    changed(d, "language", b.language(), a.language());
    changed(d, "base_url", b.baseUrl(), a.baseUrl());
    // Named apart from base_url: a new host points the site's absolute links and sitemap at another domain,
    // which a reviewer must not miss among path or scheme edits.
    String hostBefore = host(b.baseUrl());
    String hostAfter = host(a.baseUrl());
    if (!hostBefore.equals(hostAfter)) {
      d.add(Phrase.of("published domain changed: ").id(hostBefore).arrow().id(hostAfter));
    }
    changed(d, "organisation", b.organisation(), a.organisation());
    if (!same(b.description(), a.description())) {
      d.add(Phrase.of("description changed"));
    }
    return d;
  }

  /** The base URL's host in lower case, or "none" for a base path such as {@code /catalogus/}. */
  static String host(String baseUrl) {
    try {
      String host = baseUrl == null ? null : new URI(baseUrl).getHost();
      return host == null ? "none" : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return "none";
    }
  }

  private static List<Phrase> occupation(Occupation b, Occupation a, Catalogue before, Catalogue after) {
    List<Phrase> d = new ArrayList<>();
    changed(d, "title", b.title(), a.title());
    for (String alias : a.aliases()) {
      if (!b.aliases().contains(alias)) {
        d.add(Phrase.of("alias added: ").quoted(alias));
      }
    }
    for (String alias : b.aliases()) {
      if (!a.aliases().contains(alias)) {
        d.add(Phrase.of("alias removed: ").quoted(alias));
      }
    }
    changed(d, "sector", b.sector(), a.sector());
    changed(d, "ESCO concept", b.esco(), a.esco());
    changed(d, "ISCO code", b.isco(), a.isco());
    changed(d, "duration", b.duration(), a.duration());
    if (!same(b.descriptionMarkdown(), a.descriptionMarkdown())) {
      d.add(Phrase.of("description changed"));
    }

    Map<String, Group> oldGroups = groups(b.competencies());
    Map<String, Group> newGroups = groups(a.competencies());
    Function<String, String> competencyTitle = id -> after.competency(id).or(() -> before.competency(id)).map(Competency::title).orElse(id);
    newGroups.forEach((id, group) -> {
      Group was = oldGroups.get(id);
      if (was == null) {
        d.add(Phrase.of("competency added (" + group.key() + "): ").ref(id, competencyTitle.apply(id)));
      } else if (was != group) {
        d.add(Phrase.of("competency moved from " + was.key() + " to " + group.key() + ": ").ref(id, competencyTitle.apply(id)));
      }
    });
    oldGroups.forEach((id, group) -> {
      if (!newGroups.containsKey(id)) {
        d.add(Phrase.of("competency removed (" + group.key() + "): ").ref(id, competencyTitle.apply(id)));
      }
    });
    for (Group group : Group.values()) {
      List<String> oldOrder = keysWith(oldGroups, group, newGroups);
      List<String> newOrder = keysWith(newGroups, group, oldGroups);
      if (!oldOrder.equals(newOrder)) {
        d.add(Phrase.of("order of " + group.key() + " competencies changed"));
      }
    }

    Map<String, String> oldKeySkills = keySkills(b.keySkills());
    Map<String, String> newKeySkills = keySkills(a.keySkills());
    Function<String, String> keySkillTitle = id -> after.keySkill(id).or(() -> before.keySkill(id)).map(KeySkill::title).orElse(id);
    newKeySkills.forEach((id, description) -> {
      if (!oldKeySkills.containsKey(id)) {
        d.add(Phrase.of("key skill added: ").ref(id, keySkillTitle.apply(id)));
      } else if (!same(oldKeySkills.get(id), description)) {
        d.add(Phrase.of("key skill description changed: ").ref(id, keySkillTitle.apply(id)));
      }
    });
    oldKeySkills.forEach((id, description) -> {
      if (!newKeySkills.containsKey(id)) {
        d.add(Phrase.of("key skill removed: ").ref(id, keySkillTitle.apply(id)));
      }
    });
    List<String> oldOrder = oldKeySkills.keySet().stream().filter(newKeySkills::containsKey).toList();
    List<String> newOrder = newKeySkills.keySet().stream().filter(oldKeySkills::containsKey).toList();
    if (!oldOrder.equals(newOrder)) {
      d.add(Phrase.of("order of key skills changed"));
    }
    return d;
  }

  /** Competency id -> group, in the plan's order; a competency listed twice counts once (the checker reports it). */
  private static Map<String, Group> groups(List<CompetencyUse> uses) {
    Map<String, Group> map = new LinkedHashMap<>();
    uses.forEach(u -> map.putIfAbsent(u.competencyId(), u.group()));
    return map;
  }

  /** Ids in {@code group} in {@code map}'s order that have the same group in {@code other}. */
  private static List<String> keysWith(Map<String, Group> map, Group group, Map<String, Group> other) {
    return map.entrySet().stream().filter(e -> e.getValue() == group && other.get(e.getKey()) == group).map(Map.Entry::getKey).toList();
  }

  private static Map<String, String> keySkills(List<KeySkillUse> uses) {
    Map<String, String> map = new LinkedHashMap<>();
    uses.forEach(u -> map.putIfAbsent(u.keySkillId(), u.descriptionMarkdown()));
    return map;
  }

  private List<Phrase> competency(Competency b, Competency a) {
    List<Phrase> d = new ArrayList<>();
    changed(d, "title", b.title(), a.title());
    if (!same(b.introMarkdown(), a.introMarkdown())) {
      d.add(Phrase.of("introduction changed"));
    }
    Map<String, Skill> old = skillsByAnchor(b.skills());
    Map<String, Skill> now = skillsByAnchor(a.skills());
    List<Skill> removed = old.values().stream().filter(s -> !now.containsKey(s.anchor())).toList();
    Map<Skill, Skill> renamedFrom = new IdentityHashMap<>();
    Set<Skill> paired = new HashSet<>();
    for (Skill s : now.values()) {
      if (!old.containsKey(s.anchor())) {
        // A new anchor with exactly the training actions of a removed skill: its title (and so its anchor) changed.
        List<String> actions = TrainingActions.split(s.trainingActionsMarkdown());
        removed.stream()
            .filter(r -> !paired.contains(r) && TrainingActions.split(r.trainingActionsMarkdown()).equals(actions))
            .findFirst()
            .ifPresent(r -> {
              paired.add(r);
              renamedFrom.put(s, r);
            });
      }
    }
    for (Skill s : now.values()) {
      Skill was = old.get(s.anchor());
      if (was != null) {
        if (!same(was.title(), s.title())) {
          d.add(Phrase.of("skill title changed: ").quoted(was.title()).arrow().quoted(s.title()).words(" (").anchor(s.anchor()).words(")"));
        }
        trainingActions(d, s.title(), was, s);
      } else if (renamedFrom.containsKey(s)) {
        Skill r = renamedFrom.get(s);
        d.add(Phrase.of("skill renamed: ").quoted(r.title()).arrow().quoted(s.title())
            .words(" (").anchor(r.anchor()).arrow().anchor(s.anchor()).words(")"));
      } else {
        d.add(Phrase.of("skill added: ").quoted(s.title()).words(" (").anchor(s.anchor()).words(")"));
      }
    }
    for (Skill r : removed) {
      if (!paired.contains(r)) {
        d.add(Phrase.of("skill removed: ").quoted(r.title()).words(" (").anchor(r.anchor()).words(")"));
      }
    }
    // Order among the skills on both sides (a renamed skill under its old anchor).
    List<String> newOrder = now.values().stream()
        .map(s -> old.containsKey(s.anchor()) ? s.anchor() : renamedFrom.containsKey(s) ? renamedFrom.get(s).anchor() : null)
        .filter(Objects::nonNull)
        .toList();
    List<String> oldOrder = old.keySet().stream().filter(newOrder::contains).toList();
    if (!oldOrder.equals(newOrder)) {
      d.add(Phrase.of("order of skills changed"));
    }
    return d;
  }

  private static Map<String, Skill> skillsByAnchor(List<Skill> skills) {
    Map<String, Skill> map = new LinkedHashMap<>();
    skills.forEach(s -> map.putIfAbsent(s.anchor(), s));
    return map;
  }

  /** Removed and added actions; a run of removals replaced by as many additions reads as that many changes. */
  private static void trainingActions(List<Phrase> d, String skill, Skill was, Skill now) {
    List<TrainingActions.Edit> edits = TrainingActions.edits(
        TrainingActions.split(was.trainingActionsMarkdown()), TrainingActions.split(now.trainingActionsMarkdown()));
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op() == TrainingActions.Op.KEEP) {
        i++;
        continue;
      }
      List<String> removed = new ArrayList<>();
      while (i < edits.size() && edits.get(i).op() == TrainingActions.Op.REMOVE) {
        removed.add(edits.get(i++).action());
      }
      List<String> added = new ArrayList<>();
      while (i < edits.size() && edits.get(i).op() == TrainingActions.Op.ADD) {
        added.add(edits.get(i++).action());
      }
      if (removed.size() == added.size()) {
        for (int k = 0; k < removed.size(); k++) {
          d.add(Phrase.of("training action changed in ").quoted(skill).words(": ").quoted(removed.get(k)).arrow().quoted(added.get(k)));
        }
      } else {
        removed.forEach(action -> d.add(Phrase.of("training action removed from ").quoted(skill).words(": ").quoted(action)));
        added.forEach(action -> d.add(Phrase.of("training action added to ").quoted(skill).words(": ").quoted(action)));
      }
    }
  }

  private List<Phrase> keySkill(KeySkill b, KeySkill a) {
    List<Phrase> d = new ArrayList<>();
    changed(d, "title", b.title(), a.title());
    if (!same(b.definitionMarkdown(), a.definitionMarkdown())) {
      d.add(Phrase.of("definition changed"));
    }
    return d;
  }

  private static void changed(List<Phrase> d, String field, String before, String after) {
    if (!same(before, after)) {
      d.add(Phrase.of(field + " changed: ").quoted(nullToEmpty(before)).arrow().quoted(nullToEmpty(after)));
    }
  }

  private static boolean same(String a, String b) {
    return Objects.equals(normalize(a), normalize(b));
  }

  private static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
