package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportChanges.Entry;
import be.beroepencatalogus.importer.ImportChanges.NewFile;
import be.beroepencatalogus.importer.ImportChanges.PlanChanges;
import be.beroepencatalogus.importer.ImportChanges.Status;
import be.beroepencatalogus.importer.ImportedPlan.ImportedCompetency;
import be.beroepencatalogus.importer.ImportedPlan.ImportedKeySkill;
import be.beroepencatalogus.importer.ImportedPlan.ImportedSkill;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what an import writes, plan by plan in the order given: a competency or key skill whose title matches
 * one in the catalogue (or one an earlier plan of the same run brought) is reused; the same title with other
 * skills or actions is a conflict, resolved by the chosen {@link ConflictChoice} and never by overwriting; a title
 * a typo away from one in the catalogue is reported as a candidate. Nothing is written here.
 */
public final class ImportPlanner {
  /** What to do with a competency whose title is in the catalogue with other skills or actions. */
  public enum ConflictChoice {
    /** The occupation uses the competency already in the catalogue; the imported text is reported, not written. */
    KEEP,
    /** The imported text becomes a competency of its own, with an id of its own. */
    VARIANT
  }

  private record Known(String id, String title, List<SkillText> skills) {}

  /** A skill as compared: its title and its actions line by line. */
  record SkillText(String title, List<String> actions) {}

  private final ConflictChoice choice;
  private final Map<String, List<Known>> competencies = new LinkedHashMap<>();
  private final Map<String, String> keySkills = new LinkedHashMap<>();
  private final Map<String, String> keySkillTitles = new LinkedHashMap<>();
  private final Map<String, Occupation> occupations = new LinkedHashMap<>();
  private final ImportIds competencyIds;
  private final ImportIds keySkillIds;
  private final ImportIds occupationIds;
  private final List<NewFile> files = new ArrayList<>();

  public ImportPlanner(Catalogue catalogue, ConflictChoice choice) {
    this.choice = choice;
    for (Competency c : catalogue.competencies()) {
      competencies.computeIfAbsent(TitleKey.of(c.title()), k -> new ArrayList<>()).add(new Known(c.id(), c.title(), texts(c.skills())));
    }
    for (KeySkill k : catalogue.keySkills()) {
      keySkills.putIfAbsent(TitleKey.of(k.title()), k.id());
      keySkillTitles.put(k.id(), k.title());
    }
    for (Occupation o : catalogue.occupations()) {
      occupations.put(o.id(), o);
    }
    competencyIds = new ImportIds(catalogue.competencies().stream().map(Competency::id).collect(Collectors.toSet()));
    keySkillIds = new ImportIds(catalogue.keySkills().stream().map(KeySkill::id).collect(Collectors.toSet()));
    occupationIds = new ImportIds(occupations.keySet());
  }

  private static List<SkillText> texts(List<Skill> skills) {
    return skills.stream().map(s -> new SkillText(WordText.clean(s.title()), ActionText.lines(s.trainingActionsMarkdown()))).toList();
  }

  private static List<SkillText> imported(List<ImportedSkill> skills) {
    return skills.stream().map(s -> new SkillText(s.title(), ActionText.lines(ContentText.markdown(s.actions())))).toList();
  }

  /** Plans in order; what each writes, reuses and reports. */
  public ImportChanges plan(List<ImportedPlan> plans) {
    List<PlanChanges> changes = new ArrayList<>();
    for (ImportedPlan plan : plans) {
      changes.add(plan(plan));
    }
    return new ImportChanges(changes, files);
  }

  private PlanChanges plan(ImportedPlan plan) {
    List<Entry> competencyEntries = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    List<CompetencyUse> uses = new ArrayList<>();
    for (ImportedCompetency c : plan.competencies()) {
      Entry entry = competency(c, candidates);
      competencyEntries.add(entry);
      if (uses.stream().noneMatch(u -> u.competencyId().equals(entry.id()))) {
        uses.add(new CompetencyUse(entry.id(), c.group(), null));
      } else {
        candidates.add("the plan lists '" + c.title() + "' twice; it is used once");
      }
    }
    List<Entry> keySkillEntries = new ArrayList<>();
    List<KeySkillUse> keySkillUses = new ArrayList<>();
    for (ImportedKeySkill k : plan.keySkills()) {
      Entry entry = keySkill(k, plan, candidates);
      keySkillEntries.add(entry);
      if (keySkillUses.stream().noneMatch(u -> u.keySkillId().equals(entry.id()))) {
        keySkillUses.add(new KeySkillUse(entry.id(), k.description(), null));
      }
    }
    Entry occupation = occupation(plan, uses, keySkillUses);
    return new PlanChanges(plan, occupation, competencyEntries, keySkillEntries, candidates);
  }

  private Entry competency(ImportedCompetency c, List<String> candidates) {
    String key = TitleKey.of(c.title());
    List<SkillText> text = imported(c.skills());
    List<Known> same = competencies.getOrDefault(key, List.of());
    Optional<Known> equal = same.stream().filter(k -> k.skills().equals(text)).findFirst();
    if (equal.isPresent()) {
      return new Entry(equal.get().id(), c.title(), Status.REUSED, "");
    }
    if (!same.isEmpty()) {
      Known existing = same.get(0);
      String diff = SkillDiff.between(existing.skills(), text);
      if (choice == ConflictChoice.KEEP) {
        return new Entry(existing.id(), c.title(), Status.CONFLICT_KEPT, diff);
      }
      String id = competencyIds.competency(c.title());
      write(id, c, text, key);
      return new Entry(id, c.title(), Status.CONFLICT_VARIANT, diff);
    }
    for (Map.Entry<String, List<Known>> known : competencies.entrySet()) {
      if (TitleKey.near(key, known.getKey())) {
        Known k = known.getValue().get(0);
        candidates.add("competency '" + c.title() + "' looks like '" + k.title() + "' (" + k.id()
            + "); imported as a new competency: if they are one, use " + k.id() + " in the occupation and delete the new file");
      }
    }
    String id = competencyIds.competency(c.title());
    write(id, c, text, key);
    return new Entry(id, c.title(), Status.NEW, "");
  }

  private void write(String id, ImportedCompetency c, List<SkillText> text, String key) {
    files.add(new NewFile("competenties/" + id + ".md", ContentFiles.competency(c), "competency"));
    competencies.computeIfAbsent(key, k -> new ArrayList<>()).add(new Known(id, c.title(), text));
  }

  private Entry keySkill(ImportedKeySkill k, ImportedPlan plan, List<String> candidates) {
    String key = TitleKey.of(k.title());
    String existing = keySkills.get(key);
    if (existing != null) {
      return new Entry(existing, k.title(), Status.REUSED, "");
    }
    keySkills.keySet().stream().filter(known -> TitleKey.near(key, known)).findFirst().ifPresent(known ->
        candidates.add("key skill '" + k.title() + "' looks like '" + keySkillTitles.get(keySkills.get(known)) + "' ("
            + keySkills.get(known) + "); imported as a new key skill"));
    String id = keySkillIds.plain(k.title(), "sleutelvaardigheid");
    keySkills.put(key, id);
    keySkillTitles.put(id, k.title());
    files.add(new NewFile("sleutelvaardigheden/" + id + ".md", ContentFiles.keySkill(k, plan.file()), "key skill"));
    return new Entry(id, k.title(), Status.NEW, "");
  }

  private Entry occupation(ImportedPlan plan, List<CompetencyUse> uses, List<KeySkillUse> keySkillUses) {
    String baseId = ImportIds.base(plan.title(), "beroep");
    for (int n = 1; ; n++) {
      String id = n == 1 ? baseId : baseId + "-" + n;
      Occupation existing = occupations.get(id);
      if (existing == null) {
        break;
      }
      if (sameOccupation(existing, plan, uses, keySkillUses)) {
        return new Entry(id, plan.title(), Status.REUSED, "");
      }
    }
    String id = occupationIds.plain(plan.title(), "beroep");
    boolean conflict = !id.equals(baseId);
    String text = ContentFiles.occupation(plan, uses, keySkillUses);
    files.add(new NewFile("beroepen/" + id + ".md", text, "occupation"));
    occupations.put(id, new Occupation(id, plan.title(), List.of(), plan.duration(), "", "", "", String.join("\n\n", plan.description()),
        uses, keySkillUses, null));
    return new Entry(id, plan.title(), conflict ? Status.CONFLICT_VARIANT : Status.NEW,
        conflict ? "an occupation '" + baseId + "' with other content is in the catalogue; written as " + id : "");
  }

  private static boolean sameOccupation(Occupation o, ImportedPlan plan, List<CompetencyUse> uses, List<KeySkillUse> keySkillUses) {
    return TitleKey.of(o.title()).equals(TitleKey.of(plan.title()))
        && WordText.clean(o.duration()).equals(plan.duration())
        && ActionText.lines(o.descriptionMarkdown()).equals(ActionText.lines(ContentFiles.description(plan)))
        && o.competencies(Group.BASIS).stream().map(CompetencyUse::competencyId).toList()
            .equals(uses.stream().filter(u -> u.group() == Group.BASIS).map(CompetencyUse::competencyId).toList())
        && o.competencies(Group.SPECIFIEK).stream().map(CompetencyUse::competencyId).toList()
            .equals(uses.stream().filter(u -> u.group() == Group.SPECIFIEK).map(CompetencyUse::competencyId).toList())
        && o.keySkills().stream().map(k -> k.keySkillId() + "\n" + WordText.clean(k.descriptionMarkdown())).toList()
            .equals(keySkillUses.stream().map(k -> k.keySkillId() + "\n" + WordText.clean(k.descriptionMarkdown())).toList());
  }
}
