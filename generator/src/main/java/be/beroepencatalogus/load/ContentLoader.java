package be.beroepencatalogus.load;

import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.esco.EscoList;
import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.InternalLink;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.SiteSettings;
import be.beroepencatalogus.model.Slugs;
import be.beroepencatalogus.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a content folder into a {@link Catalogue}: {@code site.yaml}, and one Markdown file with YAML front
 * matter per occupation, competency and key skill. It reports every problem it meets, with its position,
 * and keeps going so that one run shows them all; it does not check references between files (that is
 * the checker's work).
 */
public final class ContentLoader {
  private static final Set<String> SETTINGS_KEYS = Set.of("title", "language", "base_url", "organisation", "description", "esco_list", "date");
  private static final Set<String> OCCUPATION_KEYS =
      Set.of("title", "aliases", "duration", "sector", "esco", "isco", "competencies", "key_skills");
  /** An ESCO occupation concept, as ESCO publishes it. */
  private static final Pattern ESCO_URI = Pattern.compile("http://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
  /** An ISCO-08 group: major (1 digit), sub-major (2), minor (3) or unit group (4). */
  private static final Pattern ISCO_CODE = Pattern.compile("[0-9]{1,4}");
  private static final Set<String> TITLE_ONLY = Set.of("title");
  private static final Set<String> GROUP_KEYS = Set.of(Group.BASIS.key(), Group.SPECIFIEK.key());
  private static final Set<String> KEY_SKILL_USE_KEYS = Set.of("id", "description");
  private static final String ID_HINT = "the id is the file name; to change it, rename the file";
  private static final List<String> KIND_FOLDERS =
      List.of(ContentLayout.OCCUPATIONS_DIR, ContentLayout.COMPETENCIES_DIR, ContentLayout.KEY_SKILLS_DIR);
  /**
   * A content file is one occupation, competency or key skill: the largest bundled one is 4 kB. A bigger file is
   * a mistake (a log, an export), and a 5 MB one built for minutes and took gigabytes; it is refused unread.
   */
  static final int MAX_FILE_BYTES = 1_000_000;

  private final SkillSections skillSections = new SkillSections();
  private final LinkCollector linkCollector = new LinkCollector();

  public LoadResult load(Path contentDir) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(contentDir)) {
      problems.add(Problem.error(SourceRef.file(display(contentDir)), "content folder not found", "pass --content DIR"));
      return new LoadResult(new Catalogue(defaultSettings(contentDir), List.of(), List.of(), List.of()), problems, List.of(), Set.of());
    }
    SiteSettings settings = loadSettings(contentDir, problems);
    Optional<EscoList> escoList = escoList(contentDir, settings, problems);
    return assemble(settings, escoList, problems, parseAll(contentDir, problems));
  }

  /**
   * The ESCO list the settings name ({@code esco_list}), read from inside the content folder only; empty when there
   * is none, or when it cannot be read (the reason goes to {@code problems}).
   */
  public Optional<EscoList> escoList(Path contentDir, SiteSettings settings, List<Problem> problems) {
    return EscoListFile.read(contentDir, settings, problems);
  }

  /**
   * Reads every source file; problems of the folders themselves (not of a file) go to {@code problems}. A folder
   * whose files are not known (it could not be read, or is a symbolic link) is in the result as a file without an
   * entity, so that references into it are not reported as missing.
   */
  public List<ParsedFile> parseAll(Path contentDir, List<Problem> problems) {
    SourceTree.Listing listing = SourceTree.list(contentDir);
    problems.addAll(listing.problems());
    // Files are independent: they are read on all cores; assemble() puts them back in path order.
    List<ParsedFile> parsed = new ArrayList<>(listing.sources().parallelStream().map(file -> parse(contentDir, file)).toList());
    listing.unlisted().forEach(folder -> parsed.add(new ParsedFile(folder, null, List.of(), List.of())));
    return parsed;
  }

  /** The catalogue made of the settings and the parsed files (in path order), with all their problems and links. */
  public static LoadResult assemble(SiteSettings settings, List<Problem> settingsProblems, Collection<ParsedFile> files) {
    return assemble(settings, Optional.empty(), settingsProblems, files);
  }

  /** As {@link #assemble(SiteSettings, List, Collection)}, with the catalogue's ESCO list. */
  public static LoadResult assemble(SiteSettings settings, Optional<EscoList> escoList, List<Problem> settingsProblems, Collection<ParsedFile> files) {
    List<Problem> problems = new ArrayList<>(settingsProblems);
    List<InternalLink> links = new ArrayList<>();
    List<Occupation> occupations = new ArrayList<>();
    List<Competency> competencies = new ArrayList<>();
    List<KeySkill> keySkills = new ArrayList<>();
    Set<String> unreadable = new java.util.TreeSet<>();
    files.stream().sorted(Comparator.comparing(ParsedFile::file)).forEach(f -> {
      if (f.entity() == null) {
        unreadable.add(unreadableKey(f.file()));
      }
      problems.addAll(f.problems());
      links.addAll(f.links());
      if (f.entity() instanceof Occupation o) {
        occupations.add(o);
      } else if (f.entity() instanceof Competency c) {
        competencies.add(c);
      } else if (f.entity() instanceof KeySkill k) {
        keySkills.add(k);
      }
    });
    return new LoadResult(new Catalogue(settings, occupations, competencies, keySkills), problems, links, unreadable, escoList);
  }

  /** The catalogue settings from {@code site.yaml}, adding any problem to {@code problems}. */
  public SiteSettings settings(Path contentDir, List<Problem> problems) {
    return loadSettings(contentDir, problems);
  }

  /** Every source file (Markdown under the three folders), sorted; what would not be read goes to {@code problems}. */
  public List<Path> sourceFiles(Path contentDir, List<Problem> problems) {
    SourceTree.Listing listing = SourceTree.list(contentDir);
    problems.addAll(listing.problems());
    return listing.sources();
  }

  /** Reads one source file; its folder under {@code contentDir} says what it defines. */
  public ParsedFile parse(Path contentDir, Path file) {
    List<Problem> problems = new ArrayList<>();
    List<InternalLink> links = new ArrayList<>();
    String folder = contentDir.relativize(file).getName(0).toString();
    Record entity = read(contentDir, file, problems).flatMap(source -> switch (folder) {
      case ContentLayout.OCCUPATIONS_DIR -> parseOccupation(source, idOf(file), problems, links).map(o -> (Record) o);
      case ContentLayout.COMPETENCIES_DIR -> parseCompetency(source, idOf(file), problems, links).map(c -> (Record) c);
      case ContentLayout.KEY_SKILLS_DIR -> parseKeySkill(source, idOf(file), problems, links).map(k -> (Record) k);
      default -> Optional.<Record>empty();
    }).orElse(null);
    return new ParsedFile(file, entity, problems, links);
  }

  private SiteSettings defaultSettings(Path contentDir) {
    return new SiteSettings("Beroepencatalogus", "nl", "/", "", "", SourceRef.file(display(contentDir.resolve(ContentLayout.SETTINGS_FILE))));
  }

  /** site.yaml, with the search synonyms of synoniemen.yaml when the catalogue has that file. */
  private SiteSettings loadSettings(Path contentDir, List<Problem> problems) {
    SiteSettings settings = loadSiteYaml(contentDir, problems);
    Path synonyms = contentDir.resolve(SynonymsFile.FILE);
    if (!Files.exists(synonyms, LinkOption.NOFOLLOW_LINKS)) {
      return settings;
    }
    return read(contentDir, synonyms, problems).map(source -> settings.withSynonyms(SynonymsFile.parse(source, problems))).orElse(settings);
  }

  private SiteSettings loadSiteYaml(Path contentDir, List<Problem> problems) {
    Path file = contentDir.resolve(ContentLayout.SETTINGS_FILE);
    SiteSettings fallback = defaultSettings(contentDir);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(Problem.error(fallback.source(), "catalogue settings file is missing", "create it with at least 'title: ...'"));
      return fallback;
    }
    Optional<SourceFile> source = read(contentDir, file, problems);
    if (source.isEmpty()) {
      return fallback;
    }
    Optional<YamlDocument.Mapping> yaml = YamlDocument.parse(source.get(), source.get().text(), 1, problems);
    if (yaml.isEmpty()) {
      return fallback;
    }
    YamlDocument.Mapping m = yaml.get().allowOnly(SETTINGS_KEYS, "known keys: " + String.join(", ", sorted(SETTINGS_KEYS)));
    String title = m.requiredText("title", "the catalogue's name, shown on every page").orElse(fallback.title());
    String language = m.optionalText("language");
    if (language.isEmpty()) {
      language = fallback.language();
    } else if (!ThemeLanguages.has(language)) {
      m.doc().error(m.value("language").orElseThrow(), "the theme has UI strings only for '" + fallback.language() + "', not for '" + language + "'",
          "use 'language: " + fallback.language() + "'");
      language = fallback.language();
    }
    String baseUrl = m.optionalText("base_url");
    Optional<Node> baseUrlNode = m.value("base_url");
    if (baseUrl.isEmpty()) {
      baseUrl = "/";
    } else if (!BaseUrl.isValid(baseUrl)) {
      m.doc().error(baseUrlNode.orElseThrow(), "invalid base_url '" + baseUrl + "'", BaseUrl.HINT);
      baseUrl = "/";
    }
    Optional<LocalDate> date = Optional.empty();
    String dateText = m.optionalText("date");
    if (!dateText.isEmpty()) {
      try {
        date = Optional.of(LocalDate.parse(dateText));
      } catch (DateTimeParseException e) {
        m.doc().error(m.value("date").orElseThrow(), "invalid date '" + dateText + "'",
            "write the edition's date as YYYY-MM-DD, such as 'date: 2026-11-30'");
      }
    }
    String escoList = m.optionalText("esco_list").strip();
    SourceRef escoListAt = m.value("esco_list").map(m.doc()::at).orElse(m.at());
    return new SiteSettings(title, language, BaseUrl.normalize(baseUrl), m.optionalText("organisation"), m.optionalText("description"), date, m.at(),
        escoList, escoListAt, List.of());
  }

  private Optional<Occupation> parseOccupation(SourceFile source, String id, List<Problem> problems, List<InternalLink> links) {
    return frontMatter(source, problems)
        .flatMap(fm -> YamlDocument.parse(source, fm.yaml(), fm.yamlFirstLine(), problems)
            .map(yaml -> {
              YamlDocument.Mapping m = yaml.allowOnly(OCCUPATION_KEYS, ID_HINT);
              checkId(source, id, problems);
              String title = m.requiredText("title", "the occupation's name, such as 'title: Medewerker callcenter'").orElse(id);
              List<CompetencyUse> uses = competencyUses(m, problems);
              List<KeySkillUse> keySkills = keySkillUses(m, problems, links);
              String description = fm.body().strip();
              if (description.isEmpty()) {
                problems.add(Problem.error(source.at(fm.bodyFirstLine(), 1), "the occupation has no description", "write it in Markdown below the closing '---'"));
              }
              links.addAll(linkCollector.links(source, fm.body(), fm.bodyFirstLine(), problems));
              String esco = code(m, "esco", ESCO_URI, "an ESCO occupation URI such as http://data.europa.eu/esco/occupation/<uuid>, as on esco.ec.europa.eu");
              String isco = code(m, "isco", ISCO_CODE, "an ISCO-08 code of 1 to 4 digits, such as 4222 (contact centre information clerks)");
              return new Occupation(id, title, m.optionalTextList("aliases"), m.optionalText("duration"), m.optionalText("sector"),
                  esco, isco, description, uses, keySkills, source.at(1, 1), positionOf(m, "esco", source), positionOf(m, "isco", source));
            }));
  }

  /** Where a key's value is written; the file's start when it is not. */
  private static SourceRef positionOf(YamlDocument.Mapping m, String key, SourceFile source) {
    return m.value(key).map(m.doc()::at).orElse(source.at(1, 1));
  }

  /** An optional code of a fixed shape; a value of another shape is an error at its position, and read as none. */
  private static String code(YamlDocument.Mapping m, String key, Pattern shape, String hint) {
    String value = m.optionalText(key).strip();
    if (!value.isEmpty() && !shape.matcher(value).matches()) {
      m.doc().error(m.value(key).orElseThrow(), "invalid " + key + " '" + value + "'", "write " + hint);
      return "";
    }
    return value;
  }

  private List<CompetencyUse> competencyUses(YamlDocument.Mapping m, List<Problem> problems) {
    List<CompetencyUse> uses = new ArrayList<>();
    Optional<Node> value = m.value("competencies");
    if (value.isEmpty()) {
      problems.add(Problem.error(m.at(), "missing required key 'competencies'", "list the competency ids under 'competencies:' in 'basis:' and 'specifiek:'"));
      return uses;
    }
    m.doc().mapping(value.get(), "'competencies'").ifPresent(groups -> {
      groups.allowOnly(GROUP_KEYS, "the groups are 'basis' and 'specifiek'");
      for (Group group : Group.values()) {
        groups.value(group.key()).flatMap(list -> m.doc().list(list, group.key())).ifPresent(items -> {
          for (Node item : items) {
            m.doc().text(item, group.key()).ifPresent(ref -> uses.add(new CompetencyUse(ref, group, m.doc().at(item))));
          }
        });
      }
      if (uses.isEmpty() && groups.keys().stream().allMatch(GROUP_KEYS::contains)) {
        m.doc().error(value.get(), "the occupation lists no competencies", "add competency ids under 'basis:' or 'specifiek:'");
      }
    });
    return uses;
  }

  private List<KeySkillUse> keySkillUses(YamlDocument.Mapping m, List<Problem> problems, List<InternalLink> links) {
    List<KeySkillUse> uses = new ArrayList<>();
    m.value("key_skills").flatMap(list -> m.doc().list(list, "key_skills")).ifPresent(items -> {
      for (Node item : items) {
        m.doc().mapping(item, "each key skill").ifPresent(entry -> {
          entry.allowOnly(KEY_SKILL_USE_KEYS, "a key skill entry has 'id' and 'description'");
          Optional<String> ref = entry.requiredText("id", "the key skill's file name without .md");
          Optional<String> description = entry.requiredText("description", "what this key skill means for this occupation");
          description.ifPresent(text -> links.addAll(
              linkCollector.links(text, entry.doc().at(entry.value("description").orElseThrow()), problems)));
          if (ref.isPresent() && description.isPresent()) {
            uses.add(new KeySkillUse(ref.get(), description.get(), entry.doc().at(entry.value("id").orElseThrow())));
          }
        });
      }
    });
    return uses;
  }

  private Optional<Competency> parseCompetency(SourceFile source, String id, List<Problem> problems, List<InternalLink> links) {
    return frontMatter(source, problems)
        .flatMap(fm -> YamlDocument.parse(source, fm.yaml(), fm.yamlFirstLine(), problems)
            .map(yaml -> {
              YamlDocument.Mapping m = yaml.allowOnly(TITLE_ONLY, ID_HINT);
              checkId(source, id, problems);
              String title = m.requiredText("title", "the competency as the plan names it").orElse(id);
              SkillSections.Result sections = skillSections.split(source, fm.body(), fm.bodyFirstLine(), problems);
              links.addAll(linkCollector.links(source, fm.body(), fm.bodyFirstLine(), problems));
              if (sections.skills().isEmpty()) {
                problems.add(Problem.error(source.at(fm.bodyFirstLine(), 1), "the competency has no skills", "start each skill with a '## ' heading and write its training actions below it"));
              }
              return new Competency(id, title, sections.intro(), sections.skills(), source.at(1, 1));
            }));
  }

  private Optional<KeySkill> parseKeySkill(SourceFile source, String id, List<Problem> problems, List<InternalLink> links) {
    return frontMatter(source, problems)
        .flatMap(fm -> YamlDocument.parse(source, fm.yaml(), fm.yamlFirstLine(), problems)
            .map(yaml -> {
              YamlDocument.Mapping m = yaml.allowOnly(TITLE_ONLY, ID_HINT);
              checkId(source, id, problems);
              String title = m.requiredText("title", "the key skill's name, such as 'title: Flexibel zijn'").orElse(id);
              String definition = fm.body().strip();
              if (definition.isEmpty()) {
                problems.add(Problem.error(source.at(fm.bodyFirstLine(), 1), "the key skill has no definition", "write its general definition in Markdown below the closing '---'"));
              }
              links.addAll(linkCollector.links(source, fm.body(), fm.bodyFirstLine(), problems));
              return new KeySkill(id, title, definition, source.at(1, 1));
            }));
  }

  private static void checkId(SourceFile source, String id, List<Problem> problems) {
    if (!Slugs.isValidId(id)) {
      problems.add(Problem.error(source.at(1, 1), "invalid id '" + id + "' (the file name)",
          "rename the file to use only a-z, 0-9 and '-', such as '" + Slugs.fromTitle(id, 80) + ".md'"));
    }
  }

  private static Optional<FrontMatter> frontMatter(SourceFile source, List<Problem> problems) {
    Optional<FrontMatter> fm = FrontMatter.split(source.text());
    if (fm.isEmpty()) {
      boolean opened = source.text().startsWith("---");
      problems.add(Problem.error(source.at(1, 1),
          opened ? "the front matter is not closed" : "missing front matter",
          opened ? "end it with a line '---'" : "start the file with a line '---', the 'title: ...' line, and another '---'"));
    }
    return fm;
  }

  private Optional<SourceFile> read(Path contentDir, Path file, List<Problem> problems) {
    String path = display(file);
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isSymbolicLink()) {
        problems.add(Problem.error(SourceRef.file(path), "a symbolic link, not read", SourceTree.LINK_HINT));
        return Optional.empty();
      }
      if (!attributes.isRegularFile()) {
        problems.add(Problem.error(SourceRef.file(path), "not a regular file, not read", null));
        return Optional.empty();
      }
      // The size is asked first, and at most one byte more is read: a file that grows meanwhile is not read whole either.
      byte[] bytes = attributes.size() > MAX_FILE_BYTES ? null : readAtMost(file, MAX_FILE_BYTES + 1);
      if (bytes == null || bytes.length > MAX_FILE_BYTES) {
        long size = bytes == null ? attributes.size() : Math.max(bytes.length, attributes.size());
        problems.add(Problem.error(SourceRef.file(path), String.format(Locale.ROOT, "the file is %.1f MB, more than the %d MB a content file may have",
            size / 1_000_000.0, MAX_FILE_BYTES / 1_000_000), "split it, or check that it is the file you meant"));
        return Optional.empty();
      }
      SourceFile source = SourceFile.decode(path, bytes);
      if (source.text().isBlank()) {
        problems.add(Problem.error(SourceRef.file(path), "the file is empty", null));
        return Optional.empty();
      }
      return Optional.of(source);
    } catch (SourceFile.InvalidUtf8Exception e) {
      problems.add(Problem.error(e.at, "the file is not valid UTF-8", "save it as UTF-8 in your editor"));
    } catch (IOException | UncheckedIOException e) {
      problems.add(Problem.error(SourceRef.file(path), "cannot read the file: " + IoErrors.describe(e)));
    }
    return Optional.empty();
  }

  private static byte[] readAtMost(Path file, int bytes) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(bytes);
    }
  }

  /** "competenties/koken" for a file that could not be read, "competenties/*" for a folder whose files are not known. */
  private static String unreadableKey(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".md") ? idOf(file) : "*";
    for (Path p = name.endsWith(".md") ? file.getParent() : file; p != null && p.getFileName() != null; p = p.getParent()) {
      String folder = p.getFileName().toString();
      if (KIND_FOLDERS.contains(folder)) {
        return folder + "/" + id;
      }
    }
    return name;
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  /** The path as the author typed it or relative to the working folder, with forward slashes. */
  static String display(Path file) {
    Path normalized = file.normalize();
    Path cwd = Path.of("").toAbsolutePath();
    if (normalized.isAbsolute() && normalized.startsWith(cwd)) {
      normalized = cwd.relativize(normalized);
    }
    return normalized.toString().replace('\\', '/');
  }

  private static List<String> sorted(Set<String> keys) {
    String[] array = keys.toArray(String[]::new);
    Arrays.sort(array);
    return List.of(array);
  }
}
