import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic catalogue in the content format of content/ (see README, "Authoring
 * guide"), for benchmarks and load tests: N occupations, about 5N shared competencies, the seed's 8 key
 * skills plus 40 generated ones. All Dutch text is recombined from the seed catalogue itself (a word-level
 * Markov chain of order 2 with occasional back-off to order 1, trained on the seed's sentences, headings and
 * titles). Same seed content and same N give byte-identical output.
 *
 * <p>Usage: {@code java [-Dgenerate.seed=content] bench/GenerateCatalog.java N OUTDIR} (see bench/generate-catalog);
 * {@code -Dgenerate.debug=true} also prints the seed nouns it found for occupation titles.
 * Standard library only.
 */
public class GenerateCatalog {
  private static final long SEED = 0x5EED_CA7AL;
  private static final int MAX_ID_LENGTH = 60;
  private static final int GENERATED_KEY_SKILLS = 40;

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: bench/generate-catalog N OUTDIR");
      System.exit(2);
    }
    int n;
    try {
      n = Integer.parseInt(args[0]);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1) {
      System.err.println("generate-catalog: N must be a positive integer, got '" + args[0] + "'");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    try {
      if (Files.exists(out)) {
        if (!Files.isDirectory(out)) {
          fail("OUTDIR exists and is not a folder: " + out);
        }
        try (Stream<Path> entries = Files.list(out)) {
          if (entries.findAny().isPresent()) {
            fail("OUTDIR exists and is not empty, refusing to write into it: " + out);
          }
        }
      }
      Path seed = seedDir();
      Corpus corpus = Corpus.read(seed);
      Generator generator = new Generator(corpus, new Random(SEED + n), n);
      if (Boolean.getBoolean("generate.debug")) {
        System.err.println("nouns: " + generator.nounList());
      }
      Stats stats = generator.write(seed, out);
      System.out.printf(Locale.ROOT, "wrote %d occupations, %d competencies, %d skills, %d key skills into %s (%d files, %.1f MB)%n",
          stats.occupations, stats.competencies, stats.skills, stats.keySkills, out, stats.files, stats.bytes / 1_000_000.0);
    } catch (IOException e) {
      fail(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      fail(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
    }
  }

  private static void fail(String message) {
    System.err.println("generate-catalog: " + message);
    System.exit(2);
  }

  /** The seed catalogue: -Dgenerate.seed, else content/ in the working folder or its parent. */
  private static Path seedDir() {
    String property = System.getProperty("generate.seed");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    for (Path candidate : List.of(Path.of("content"), Path.of("..", "content"))) {
      if (Files.isRegularFile(candidate.resolve("site.yaml"))) {
        return candidate;
      }
    }
    fail("cannot find the seed catalogue; run from the project root or pass -Dgenerate.seed=DIR");
    return null;
  }

  static final class Stats {
    int occupations;
    int competencies;
    int skills;
    int keySkills;
    int files;
    long bytes;
  }

  // ---------------------------------------------------------------------------------------------------
  // The seed text

  /** Sentences of the seed catalogue, by the role they play there. */
  static final class Corpus {
    final List<String> occupationSentences = new ArrayList<>();
    final List<String> competencyTitles = new ArrayList<>();
    final List<String> skillHeadings = new ArrayList<>();
    final List<String> actionSentences = new ArrayList<>();
    final List<String> bulletItems = new ArrayList<>();
    final List<String> keySkillTitles = new ArrayList<>();
    final List<String> keySkillDefinitions = new ArrayList<>();
    final List<String> keySkillDescriptions = new ArrayList<>();
    final List<String> keySkillIds = new ArrayList<>();
    /** Every sentence, for the Markov chain. */
    final List<String> all = new ArrayList<>();
    /** Lower-case words of the whole seed, for checking that a word is the seed's own. */
    final String lowerText;

    private Corpus(String lowerText) {
      this.lowerText = lowerText;
    }

    static Corpus read(Path seed) throws IOException {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(seed)) {
        files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
            .sorted((a, b) -> a.toString().compareTo(b.toString()))
            .toList();
      }
      if (files.isEmpty()) {
        throw new IOException("no .md files in the seed catalogue " + seed);
      }
      StringBuilder allText = new StringBuilder();
      List<Object[]> parsed = new ArrayList<>();
      for (Path file : files) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
        String kind = seed.relativize(file).getName(0).toString();
        parsed.add(new Object[] {kind, text, file});
        allText.append(text).append('\n');
      }
      Corpus corpus = new Corpus(allText.toString().toLowerCase(Locale.ROOT));
      for (Object[] entry : parsed) {
        corpus.add((String) entry[0], (String) entry[1], (Path) entry[2]);
      }
      return corpus;
    }

    private void add(String kind, String text, Path file) {
      List<String> yaml = new ArrayList<>();
      List<String> body = new ArrayList<>();
      String[] lines = text.split("\n", -1);
      int start = 0;
      if (lines.length > 0 && lines[0].strip().equals("---")) {
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals("---")) {
          close++;
        }
        yaml.addAll(Arrays.asList(lines).subList(1, Math.min(close, lines.length)));
        start = Math.min(close + 1, lines.length);
      }
      body.addAll(Arrays.asList(lines).subList(start, lines.length));
      Map<String, List<String>> front = frontMatterTexts(yaml);
      String title = front.getOrDefault("title", List.of()).stream().findFirst().orElse("");
      switch (kind) {
        case "beroepen" -> {
          front.getOrDefault("description", List.of()).forEach(d -> addSentences(d, keySkillDescriptions));
          for (String paragraph : paragraphs(body)) {
            addSentences(paragraph, occupationSentences);
          }
        }
        case "competenties" -> {
          if (!title.isEmpty()) {
            competencyTitles.add(title);
            all.add(title);
          }
          for (String line : body) {
            String s = line.strip();
            if (s.startsWith("## ")) {
              String heading = s.substring(3).replaceAll("\\s*\\{#[^}]*\\}\\s*$", "").strip();
              skillHeadings.add(heading);
              all.add(heading);
            } else if (s.startsWith("- ") || s.startsWith("* ")) {
              String item = stripMarkdown(s.substring(2));
              bulletItems.add(item);
              all.add(item);
            } else if (!s.isEmpty()) {
              String plain = stripMarkdown(s);
              addSentences(plain, actionSentences);
              // "Collega observeren - laten uitvoeren onder toezicht van collega - feedback geven"
              if (plain.contains(" - ")) {
                for (String part : plain.split(" - ")) {
                  if (part.strip().split(" ").length >= 2) {
                    bulletItems.add(part.strip());
                  }
                }
              }
            }
          }
        }
        case "sleutelvaardigheden" -> {
          String name = file.getFileName().toString();
          keySkillIds.add(name.substring(0, name.length() - 3));
          if (!title.isEmpty()) {
            keySkillTitles.add(title);
          }
          for (String paragraph : paragraphs(body)) {
            addSentences(paragraph, keySkillDefinitions);
          }
        }
        default -> {
          for (String paragraph : paragraphs(body)) {
            addSentences(paragraph, actionSentences);
          }
        }
      }
    }

    /** The text values of simple front matter: {@code key: value}, {@code key: >-} blocks, list items. */
    private static Map<String, List<String>> frontMatterTexts(List<String> yaml) {
      Map<String, List<String>> values = new LinkedHashMap<>();
      String blockKey = null;
      StringBuilder block = new StringBuilder();
      for (String line : yaml) {
        String s = line.strip();
        if (blockKey != null) {
          if (!s.isEmpty() && line.startsWith("      ")) {
            block.append(block.length() > 0 ? " " : "").append(s);
            continue;
          }
          values.computeIfAbsent(blockKey, k -> new ArrayList<>()).add(block.toString());
          blockKey = null;
          block.setLength(0);
        }
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String keyPart = s.startsWith("- ") ? s.substring(2) : s;
        int colon = keyPart.indexOf(": ");
        if (keyPart.endsWith(":") || colon < 0) {
          continue;
        }
        String key = keyPart.substring(0, colon).strip();
        String value = keyPart.substring(colon + 2).strip();
        if (value.equals(">-") || value.equals(">") || value.equals("|")) {
          blockKey = key;
        } else if (key.equals("title") || key.equals("description")) {
          values.computeIfAbsent(key, k -> new ArrayList<>()).add(unquote(value));
        }
      }
      if (blockKey != null) {
        values.computeIfAbsent(blockKey, k -> new ArrayList<>()).add(block.toString());
      }
      return values;
    }

    private static String unquote(String value) {
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
      }
      if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
        return value.substring(1, value.length() - 1).replace("''", "'");
      }
      return value;
    }

    private static List<String> paragraphs(List<String> body) {
      List<String> result = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : body) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          if (current.length() > 0) {
            result.add(current.toString());
            current.setLength(0);
          }
          continue;
        }
        s = stripMarkdown(s.replaceFirst("^([-*+]|\\d+[.)])\\s+", ""));
        current.append(current.length() > 0 ? " " : "").append(s);
      }
      if (current.length() > 0) {
        result.add(current.toString());
      }
      return result;
    }

    /** Links become their text; emphasis, code and raw HTML markers go. */
    private static String stripMarkdown(String s) {
      return s.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
          .replaceAll("[*_`<>#|\\\\]", "")
          .replaceAll("\\s+", " ")
          .strip();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}(\"“])");

    private void addSentences(String paragraph, List<String> into) {
      for (String sentence : SENTENCE_END.split(paragraph)) {
        String s = sentence.strip();
        if (s.split(" ").length >= 2) {
          into.add(s);
          all.add(s);
        }
      }
    }

    boolean hasWord(String word) {
      return lowerText.contains(word.toLowerCase(Locale.ROOT));
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Markov chain over the seed's words

  static final class Markov {
    private static final int END = 0;
    private final List<String> words = new ArrayList<>(List.of("\u0003"));
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<List<Integer>> next1 = new ArrayList<>(List.of(new ArrayList<>()));
    private final Map<Long, List<Integer>> next2builder = new HashMap<>();
    private final Map<Long, int[]> next2 = new HashMap<>();
    private int[][] next1arrays;
    private final Set<String> training = new HashSet<>();
    private final Map<String, String[]> startTokens = new HashMap<>();
    private final Random random;
    private final double backoff;

    Markov(List<String> sentences, Random random, double backoff) {
      this.random = random;
      this.backoff = backoff;
      for (String sentence : sentences) {
        int[] tokens = tokens(sentence);
        training.add(String.join(" ", sentence.split("\\s+")));
        for (int i = 0; i < tokens.length; i++) {
          int following = i + 1 < tokens.length ? tokens[i + 1] : END;
          next1.get(tokens[i]).add(following);
          if (i > 0) {
            next2builder.computeIfAbsent(key(tokens[i - 1], tokens[i]), k -> new ArrayList<>()).add(following);
          }
        }
      }
      next1arrays = new int[next1.size()][];
      for (int i = 0; i < next1.size(); i++) {
        next1arrays[i] = next1.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      next2builder.forEach((k, v) -> next2.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private int[] tokens(String sentence) {
      String[] parts = sentence.strip().split("\\s+");
      int[] result = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        result[i] = id(parts[i]);
      }
      return result;
    }

    private int id(String word) {
      Integer existing = ids.get(word);
      if (existing != null) {
        return existing;
      }
      int id = words.size();
      words.add(word);
      next1.add(new ArrayList<>());
      ids.put(word, id);
      return id;
    }

    private static long key(int a, int b) {
      return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** A new sentence that begins like one of {@code starts} and has between min and max words. */
    String generate(List<String> starts, int min, int max) {
      String best = null;
      for (int attempt = 0; attempt < 25; attempt++) {
        String start = starts.get(random.nextInt(starts.size()));
        String[] first = startTokens.computeIfAbsent(start, k -> k.strip().split("\\s+"));
        List<String> out = new ArrayList<>(Arrays.asList(first).subList(0, Math.min(2, first.length)));
        int a = out.size() > 1 ? ids.getOrDefault(out.get(0), END) : END;
        int b = ids.getOrDefault(out.get(out.size() - 1), END);
        boolean tooLong = false;
        while (true) {
          int[] options2 = a == END ? null : next2.get(key(a, b));
          int[] options1 = next1arrays[b];
          int[] options = options2;
          if (options == null || (options1.length > options2.length && random.nextDouble() < backoff)) {
            options = options1;
          }
          if (options.length == 0) {
            break;
          }
          int c = options[random.nextInt(options.length)];
          if (c == END) {
            break;
          }
          if (out.size() >= max) {
            tooLong = true;
            break;
          }
          out.add(words.get(c));
          a = b;
          b = c;
        }
        String sentence = String.join(" ", out);
        if (!tooLong && out.size() >= min && (!training.contains(sentence) || attempt >= 12)) {
          return sentence;
        }
        if (best == null || (!tooLong && out.size() >= min)) {
          best = sentence;
        }
      }
      return best;
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // The generator

  record Competency(String id, String file) {}

  static final class Generator {
    private final Corpus corpus;
    private final Random random;
    private final int n;
    private final Markov markov;
    private final List<String> nouns;
    private final List<String> roles;
    private final Set<String> occupationIds = new HashSet<>();
    private final Set<String> competencyIds = new HashSet<>();
    private final Set<String> keySkillIds = new HashSet<>();
    private final Set<String> occupationTitles = new HashSet<>();

    private static final List<String> SECTORS = List.of(
        "Handel en diensten", "Zorg en welzijn", "Bouw", "Industrie", "Logistiek en transport", "Horeca en toerisme",
        "Onderwijs", "Overheid", "ICT", "Financiële diensten", "Land- en tuinbouw", "Cultuur en media", "Schoonmaak");
    private static final List<String> DURATIONS = List.of(
        "3 maanden", "6 maanden", "6 maanden", "9 maanden", "12 maanden", "1 jaar", "13 weken", "26 weken", "18 maanden");
    /** Person nouns of the seed used as the head of an occupation title (kept only when the seed has them). */
    private static final List<String> ROLE_CANDIDATES = List.of(
        "Medewerker", "Medewerker", "Medewerker", "Medewerker", "Verkoper", "Technicus", "Supervisor", "Adviseur",
        "Verantwoordelijke", "Begeleider", "Agent");
    /**
     * Key skill names in the seed's style ("Flexibel zijn", "Kunnen omgaan met stress", "Resultaat
     * nastreven"); a name is kept only when its key word occurs in the seed (the part in brackets).
     */
    private static final List<String> KEY_SKILL_CANDIDATES = List.of(
        "[Klantvriendelijk] zijn", "[Kordaat] zijn", "[Nauwkeurig] zijn", "[Efficiënt] werken", "[Professioneel] zijn",
        "[Beleefd] zijn", "[Grondig] werken", "[Correct] zijn", "[Accuraat] werken", "[Discreet] zijn",
        "[Rustig] blijven", "[Duidelijk] zijn", "[Respectvol] zijn", "[Tactvol] zijn", "[Doeltreffend] werken",
        "[Klantgericht] zijn", "Helder [communiceren]", "[Foutloos] werken", "Actief [luisteren]",
        "Kunnen [anticiperen]", "Kunnen [doorvragen]", "Kunnen [prioriteiten] stellen", "Kunnen omgaan met [kritiek]",
        "Kunnen omgaan met [tijdsdruk]", "Kunnen omgaan met [klachten]", "Kunnen omgaan met [bezwaren]",
        "Kunnen omgaan met [teleurstelling]", "[Feedback] geven", "[Feedback] aanvaarden", "[Informatie] opzoeken",
        "[Kwaliteit] bewaken", "[Verantwoordelijkheid] nemen", "[Afspraken] nakomen", "[Procedures] volgen",
        "[Richtlijnen] toepassen", "Zorgvuldig omgaan met [gegevens]", "Het [beroepsgeheim] respecteren",
        "[Gestructureerd] werken", "[Beleefd] formuleren", "[Taalvaardig] zijn", "Kunnen [onderhandelen]",
        "[Nauwkeurig] registreren", "[Klantgericht] communiceren", "Vlot [schakelen]", "[Tempo] opbouwen",
        "Zich [aanpassen]", "Kunnen [samenwerken]", "[Vragen] stellen", "Kunnen [plannen]", "[Snel] werken",
        "[Zelfstandig] werken", "[Stressbestendig] zijn", "[Leergierig] zijn", "Kunnen [improviseren]",
        "[Commercieel] denken", "[Efficiënt] communiceren", "[Verkoopgericht] zijn", "[Meertalig] zijn");
    /** Seed nouns that name people or are too vague to head a line of work. */
    private static final Set<String> NOT_DOMAINS = Set.of(
        "cursist", "cursiste", "collega", "begeleider", "persoon", "personen", "klant", "klanten", "supervisor",
        "medewerker", "medewerkers", "leverancier", "technicus", "verkoper", "ander", "anderen", "keuze", "manier",
        "begin", "belang", "nodige", "tijd", "vraag", "stand", "resultaat", "juiste", "meest", "eerste", "volgorde",
        "naam", "rol", "hoge", "grote", "centrale", "strikte", "verschillende", "gewenste", "courante", "afgesproken",
        "beoogde", "eigen", "principes", "werk", "job", "info", "zaken", "lijst", "graad", "aantallen", "werking",
        "gebruik", "reacties", "types", "moeilijkheidsgraad", "tempo", "structuur", "verbinding", "gesprek", "doel",
        "organisatie", "bedrijf", "onderneming", "kennis", "identiteit", "agents", "belangrijkheid", "zoals",
        "theoretisch", "dialect", "assertief", "best", "gaat", "ingeven", "invoeren", "binnenkomen", "voorstellen",
        "kenmerken", "noden", "probleem", "oplossing", "toelichting", "toepassing", "observatie", "participatie",
        "verduidelijking", "uitvoering", "nauwkeurigheid", "verantwoordelijkheid", "demonstratie", "begeleiding",
        "opleiding", "vordering", "aanspreking", "voorstelling", "vraagstelling", "formulering", "klacht", "regels",
        "contact", "scherm", "telefoon", "aanbod", "timing", "informatieverstrekking", "doorverwijzing",
        "hoogdringendheid", "efficiëntie", "klantvriendelijkheid", "correct", "acties", "beschikking", "centra",
        "functie", "opvattingen", "situaties", "teleurstelling", "uitdrukkingen", "standaardvraagstellingen",
        "tijdsmarges", "oproep", "bestelling", "procedure", "product", "reservatie", "script", "sturing");
    private static final Set<String> STOPWORDS = Set.of(
        "van", "en", "of", "met", "in", "op", "aan", "te", "om", "bij", "voor", "over", "naar", "die", "dat", "zodat",
        "door", "tot", "is", "zijn", "kan", "wordt", "worden", "zal", "moet", "moeten", "als", "hoe", "wat", "welke",
        "de", "het", "een", "hij", "zij", "je", "men", "niet", "al", "dan", "ook", "uit", "zelf", "waarin", "waarop",
        "gebeurt", "krijgt", "tijdens", "goed", "eerst", "maar", "kunnen", "zich", "hier", "daar", "deze", "dit");

    Generator(Corpus corpus, Random random, int n) {
      this.corpus = corpus;
      this.random = random;
      this.n = n;
      this.markov = new Markov(corpus.all, random, 0.2);
      this.nouns = domainNouns();
      List<String> r = new ArrayList<>();
      for (String role : ROLE_CANDIDATES) {
        if (corpus.hasWord(role)) {
          r.add(role);
        }
      }
      this.roles = r.isEmpty() ? List.of("Medewerker") : r;
    }

    /**
     * Nouns of the seed that can name a line of work: words with a noun suffix (-ing, -heid, -tie, -gesprek,
     * -dienst, ...), and words after de/het/een that end their phrase (punctuation or a function word
     * follows), without inflected adjectives and the seed's person nouns.
     */
    private List<String> domainNouns() {
      Set<String> found = new HashSet<>();
      for (String sentence : corpus.all) {
        String[] raw = sentence.split("\\s+");
        for (int i = 0; i < raw.length; i++) {
          String w = raw[i].replaceAll("[^\\p{L}-]", "");
          if (!w.equals(w.toLowerCase(Locale.ROOT)) || w.length() < 4 || w.endsWith("-") || w.startsWith("-")
              || STOPWORDS.contains(w) || NOT_DOMAINS.contains(w) || ADJECTIVE_ENDING.matcher(w).find()) {
            continue;
          }
          if (w.length() >= 6 && NOUN_ENDING.matcher(w).find()) {
            found.add(w);
            continue;
          }
          String article = i > 0 ? raw[i - 1].toLowerCase(Locale.ROOT) : "";
          boolean ends = !raw[i].matches("[\\p{L}-]+") || i + 1 == raw.length
              || STOPWORDS.contains(raw[i + 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
          if (ends && (article.equals("de") || article.equals("het") || article.equals("een"))) {
            found.add(w);
          }
        }
      }
      List<String> result = new ArrayList<>(found);
      result.sort(null);
      if (result.size() < 5) {
        result.addAll(List.of("klantendienst", "verkoop", "onthaal", "planning", "administratie"));
      }
      return result;
    }

    private static final Pattern NOUN_ENDING = Pattern.compile(
        "(ing|ingen|heid|tie|ties|ment|beheer|dienst|gesprek|gesprekken|werving|dossiers|gegevens|bronnen|software"
            + "|verkoop|advies|onderwijs|systeem|centra|office|roosters|documenten|nummers|oproepen)$");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(ste|cte|ële|ige|ale|lijke|ende|ieve|sche)$");

    List<String> nounList() {
      return nouns;
    }

    Stats write(Path seed, Path out) throws IOException {
      Stats stats = new Stats();
      Files.createDirectories(out.resolve("beroepen"));
      Files.createDirectories(out.resolve("competenties"));
      Files.createDirectories(out.resolve("sleutelvaardigheden"));
      stats.bytes += copy(seed.resolve("site.yaml"), out.resolve("site.yaml"));
      stats.files++;

      // How many competencies and key skills each occupation lists.
      int[] competencyCount = new int[n];
      int[] specifiekCount = new int[n];
      int[] keySkillCount = new int[n];
      int competencySlots = 0;
      int maxCompetencies = 0;
      int keySkillSlots = 0;
      for (int i = 0; i < n; i++) {
        competencyCount[i] = 8 + weighted(new int[] {6, 8, 10, 12, 12, 11, 9, 7});
        specifiekCount[i] = 1 + weighted(new int[] {5, 3, 2});
        keySkillCount[i] = 3 + weighted(new int[] {6, 10, 10, 8, 5, 3});
        competencySlots += competencyCount[i];
        maxCompetencies = Math.max(maxCompetencies, competencyCount[i]);
        keySkillSlots += keySkillCount[i];
      }
      int seedKeySkills = corpus.keySkillIds.size();
      for (int i = 0; keySkillSlots < seedKeySkills && i < n; i++) {
        int extra = Math.min(8 - keySkillCount[i], seedKeySkills - keySkillSlots);
        keySkillCount[i] += extra;
        keySkillSlots += extra;
      }
      int competencyTotal = Math.min(competencySlots, Math.max(5 * n, maxCompetencies));
      int keySkillTotal = Math.min(keySkillSlots, seedKeySkills + GENERATED_KEY_SKILLS);

      // Key skills: the seed's files as they are, then generated ones.
      List<String> keySkills = new ArrayList<>();
      for (String id : corpus.keySkillIds) {
        keySkillIds.add(id);
        keySkills.add(id);
        stats.bytes += copy(seed.resolve("sleutelvaardigheden").resolve(id + ".md"), out.resolve("sleutelvaardigheden").resolve(id + ".md"));
        stats.files++;
      }
      Set<String> keySkillTitles = new HashSet<>();
      corpus.keySkillTitles.forEach(t -> keySkillTitles.add(t.toLowerCase(Locale.ROOT)));
      List<String> candidates = new ArrayList<>();
      for (String candidate : KEY_SKILL_CANDIDATES) {
        String word = candidate.substring(candidate.indexOf('[') + 1, candidate.indexOf(']'));
        String title = candidate.replace("[", "").replace("]", "");
        if (corpus.hasWord(word) && keySkillTitles.add(title.toLowerCase(Locale.ROOT))) {
          candidates.add(title);
        }
      }
      shuffle(candidates);
      for (int k = 0; keySkills.size() < keySkillTotal; k++) {
        String title = k < candidates.size() ? candidates.get(k) : "Sleutelvaardigheid " + (k + 1);
        String id = uniqueId(slug(title), keySkillIds);
        keySkills.add(id);
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: ").append(quote(title)).append("\n---\n\n");
        text.append(paragraph(corpus.keySkillDefinitions, 1 + weighted(new int[] {3, 1}), 8, 26)).append('\n');
        stats.bytes += writeFile(out.resolve("sleutelvaardigheden").resolve(id + ".md"), text.toString());
        stats.files++;
      }
      stats.keySkills = keySkills.size();

      // Competencies.
      List<String> competencies = new ArrayList<>();
      for (int c = 0; c < competencyTotal; c++) {
        String title = competencyTitle();
        for (int attempt = 0; attempt < 40 && competencyIds.contains(slug(title)); attempt++) {
          title = competencyTitle();
        }
        // Still taken: qualify it the way the seed does, "... (Inbound)".
        String plain = title;
        for (int attempt = 0; attempt < 20 && competencyIds.contains(slug(title)); attempt++) {
          title = plain + " (" + nouns.get(random.nextInt(nouns.size())) + ")";
        }
        String id = uniqueId(slug(title), competencyIds);
        competencies.add(id);
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: ").append(quote(title)).append("\n---\n\n");
        if (random.nextInt(10) == 0) {
          text.append(paragraph(corpus.actionSentences, 1 + random.nextInt(2), 8, 30)).append("\n\n");
        }
        int skills = 2 + weighted(new int[] {25, 30, 25, 12, 8});
        Set<String> anchors = new HashSet<>();
        for (int s = 0; s < skills; s++) {
          String heading = heading(anchors);
          text.append("## ").append(heading).append("\n\n");
          text.append(trainingActions());
          if (s + 1 < skills) {
            text.append('\n');
          }
        }
        stats.skills += skills;
        stats.bytes += writeFile(out.resolve("competenties").resolve(id + ".md"), text.toString());
        stats.files++;
      }
      stats.competencies = competencies.size();

      // Which occupation lists which competency and key skill.
      List<List<Integer>> competencyUses = assign(competencyCount, competencyTotal, 1.0);
      List<List<Integer>> keySkillUses = assign(keySkillCount, keySkillTotal, 0.8);

      // Occupations.
      for (int i = 0; i < n; i++) {
        String[] titleAndAliases = occupationTitle();
        String title = titleAndAliases[0];
        String id = uniqueId(slug(title), occupationIds);
        StringBuilder text = new StringBuilder();
        text.append("---\ntitle: ").append(quote(title)).append('\n');
        List<String> aliases = aliases(titleAndAliases);
        if (!aliases.isEmpty()) {
          text.append("aliases:\n");
          aliases.forEach(a -> text.append("  - ").append(quote(a)).append('\n'));
        }
        int duration = random.nextInt(10);
        if (duration < 4) {
          text.append("duration: ").append(quote(DURATIONS.get(random.nextInt(DURATIONS.size())))).append('\n');
        } else if (duration == 4) {
          text.append("duration: \"\"\n");
        }
        if (random.nextInt(100) < 85) {
          // The seed's own sector is the most common one.
          text.append("sector: ").append(quote(SECTORS.get(random.nextInt(4) == 0 ? 0 : random.nextInt(SECTORS.size())))).append('\n');
        }
        List<Integer> uses = competencyUses.get(i);
        int specifiek = Math.min(specifiekCount[i], uses.size() - 1);
        text.append("competencies:\n  basis:\n");
        for (int u = 0; u < uses.size() - specifiek; u++) {
          text.append("    - ").append(competencies.get(uses.get(u))).append('\n');
        }
        if (specifiek > 0) {
          text.append("  specifiek:\n");
          for (int u = uses.size() - specifiek; u < uses.size(); u++) {
            text.append("    - ").append(competencies.get(uses.get(u))).append('\n');
          }
        }
        text.append("key_skills:\n");
        for (int k : keySkillUses.get(i)) {
          text.append("  - id: ").append(keySkills.get(k)).append('\n');
          text.append("    description: ")
              .append(quote(sentences(corpus.keySkillDescriptions, 1 + weighted(new int[] {3, 2}), 8, 34)))
              .append('\n');
        }
        text.append("---\n\n");
        int paragraphs = 1 + weighted(new int[] {2, 4, 3, 1});
        for (int p = 0; p < paragraphs; p++) {
          text.append(paragraph(p == 0 ? corpus.occupationSentences : (random.nextBoolean() ? corpus.occupationSentences : corpus.actionSentences),
              1 + weighted(new int[] {4, 4, 2}), 6, 34)).append('\n');
          if (p + 1 < paragraphs) {
            text.append('\n');
          }
        }
        stats.bytes += writeFile(out.resolve("beroepen").resolve(id + ".md"), text.toString());
        stats.files++;
      }
      stats.occupations = n;
      return stats;
    }

    /**
     * For each occupation, {@code counts[i]} distinct item indices out of {@code total}: every item at least
     * once (the "fresh" ones, which come last in an occupation's list), the other places drawn from a Zipf
     * distribution over the index so that the first items are used by many occupations.
     */
    private List<List<Integer>> assign(int[] counts, int total, double exponent) {
      double[] cumulative = new double[total];
      double sum = 0;
      for (int r = 0; r < total; r++) {
        sum += 1.0 / Math.pow(r + 1, exponent);
        cumulative[r] = sum;
      }
      List<Integer> fresh = new ArrayList<>();
      for (int r = 0; r < total; r++) {
        fresh.add(r);
      }
      shuffle(fresh);
      int slotsLeft = Arrays.stream(counts).sum();
      int freshLeft = total;
      int next = 0;
      List<List<Integer>> result = new ArrayList<>();
      for (int count : counts) {
        int take = Math.min(count, (int) Math.ceil((double) freshLeft * count / slotsLeft));
        slotsLeft -= count;
        freshLeft -= take;
        List<Integer> mine = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int t = 0; t < take; t++) {
          int item = fresh.get(next++);
          seen.add(item);
        }
        List<Integer> freshOnes = new ArrayList<>(fresh.subList(next - take, next));
        while (mine.size() + take < count) {
          int pick = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
          int item = pick >= 0 ? pick : Math.min(-pick - 1, total - 1);
          if (seen.add(item)) {
            mine.add(item);
          }
        }
        mine.addAll(freshOnes);
        result.add(mine);
      }
      return result;
    }

    // --- text

    private String competencyTitle() {
      List<String> starts = random.nextInt(3) > 0 ? corpus.competencyTitles : corpus.skillHeadings;
      return cleanTitle(markov.generate(starts, 4, 18));
    }

    private String heading(Set<String> anchors) {
      String heading = null;
      for (int attempt = 0; attempt < 10; attempt++) {
        heading = cleanTitle(markov.generate(corpus.skillHeadings, 3, 16));
        if (anchors.add(slug(heading))) {
          break;
        }
      }
      return heading;
    }

    /** The Markdown below one skill heading: paragraphs, or a lead-in and a bullet list. */
    private String trainingActions() {
      int kind = random.nextInt(100);
      StringBuilder text = new StringBuilder();
      if (kind < 82) {
        int paragraphs = 1 + weighted(new int[] {25, 35, 25, 15});
        for (int p = 0; p < paragraphs; p++) {
          text.append(paragraph(corpus.actionSentences, 1 + weighted(new int[] {55, 35, 10}), 5, 36)).append('\n');
          if (p + 1 < paragraphs) {
            text.append('\n');
          }
        }
        return text.toString();
      }
      if (kind < 94) {
        String lead = clean(markov.generate(corpus.actionSentences, 5, 20));
        text.append(lead.replaceAll("[.…!?]+$", "")).append(" :\n\n");
      }
      int items = 3 + weighted(new int[] {3, 3, 2, 1});
      Set<String> seen = new HashSet<>();
      for (int b = 0; b < items; b++) {
        String item = null;
        for (int attempt = 0; attempt < 10; attempt++) {
          item = random.nextInt(5) < 2
              ? corpus.bulletItems.get(random.nextInt(corpus.bulletItems.size()))
              : markov.generate(corpus.bulletItems.isEmpty() ? corpus.actionSentences : (random.nextBoolean() ? corpus.bulletItems : corpus.actionSentences), 2, 9);
          item = cleanTitle(item);
          if (seen.add(item.toLowerCase(Locale.ROOT))) {
            break;
          }
        }
        text.append("- ").append(item).append('\n');
      }
      return text.toString();
    }

    private String paragraph(List<String> starts, int sentences, int min, int max) {
      return sentences(starts, sentences, min, max);
    }

    private String sentences(List<String> starts, int count, int min, int max) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < count; s++) {
        text.append(s > 0 ? " " : "").append(clean(markov.generate(s == 0 ? starts : corpus.actionSentences, min, max)));
      }
      return text.toString();
    }

    private String[] occupationTitle() {
      for (int attempt = 0; ; attempt++) {
        String role = roles.get(random.nextInt(roles.size()));
        String noun = nouns.get(random.nextInt(nouns.size()));
        String noun2 = null;
        int pattern = random.nextInt(10);
        String title;
        if (pattern < 4 || attempt > 40) {
          title = role + " " + noun;
        } else {
          do {
            noun2 = nouns.get(random.nextInt(nouns.size()));
          } while (noun2.equals(noun));
          title = role + " " + noun + " en " + noun2;
        }
        if (attempt > 60) {
          title = title + " " + (attempt - 59);
        }
        if (occupationTitles.add(title.toLowerCase(Locale.ROOT)) && !occupationIds.contains(slug(title))) {
          return new String[] {title, role, noun, noun2};
        }
      }
    }

    private List<String> aliases(String[] titleAndAliases) {
      String title = titleAndAliases[0];
      String role = titleAndAliases[1].toLowerCase(Locale.ROOT);
      String noun = titleAndAliases[2];
      String noun2 = titleAndAliases[3];
      int count = weighted(new int[] {3, 4, 3, 2});
      List<String> aliases = new ArrayList<>();
      Set<String> seen = new HashSet<>(List.of(title.toLowerCase(Locale.ROOT)));
      for (int attempt = 0; aliases.size() < count && attempt < 12; attempt++) {
        String other = roles.get(random.nextInt(roles.size())).toLowerCase(Locale.ROOT);
        String alias = switch (random.nextInt(4)) {
          case 0 -> noun.contains(" ") ? other + " " + noun : noun + other;
          case 1 -> other + " " + noun;
          case 2 -> noun2 != null ? role + " " + noun2 : other + " " + nouns.get(random.nextInt(nouns.size()));
          default -> other + " " + noun + (noun2 != null ? " en " + noun2 : "");
        };
        if (seen.add(alias)) {
          aliases.add(alias);
        }
      }
      return aliases;
    }

    private static final Pattern SENTENCE_TAIL = Pattern.compile("[\\s,;:(/–-]+$");
    private static final Pattern TITLE_TAIL = Pattern.compile("[\\s.,;:(/–…-]+$");
    private static final Pattern MARKUP = Pattern.compile("[#*_`<>{}\\[\\]|\\\\]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");

    /** A sentence for a paragraph: balanced brackets and quotes, starts with a capital letter, ends with a full stop. */
    private static String clean(String raw) {
      String s = SENTENCE_TAIL.matcher(tidy(raw)).replaceAll("");
      if (s.isEmpty()) {
        return "Toelichten.";
      }
      char last = s.charAt(s.length() - 1);
      return last == '.' || last == '!' || last == '?' || last == '…' ? s : s + ".";
    }

    /** A title or heading: like a sentence, without the closing punctuation. */
    private static String cleanTitle(String raw) {
      String s = TITLE_TAIL.matcher(tidy(raw)).replaceAll("");
      return s.isEmpty() ? "Opleidingsactie" : s;
    }

    private static String tidy(String raw) {
      String s = SPACES.matcher(MARKUP.matcher(raw).replaceAll("")).replaceAll(" ").strip();
      if (count(s, '(') != count(s, ')')) {
        s = s.replace("(", "").replace(")", "");
      }
      if (count(s, '"') % 2 != 0) {
        s = s.replace("\"", "");
      }
      // No Markdown at the start of a line: a paragraph starts with a letter.
      s = SPACES.matcher(LEADING_NON_LETTERS.matcher(s).replaceAll("")).replaceAll(" ").strip();
      if (s.isEmpty()) {
        return s;
      }
      return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static int count(String s, char c) {
      int k = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == c) {
          k++;
        }
      }
      return k;
    }

    // --- helpers

    private int weighted(int[] weights) {
      int total = Arrays.stream(weights).sum();
      int r = random.nextInt(total);
      for (int i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) {
          return i;
        }
      }
      return weights.length - 1;
    }

    private <T> void shuffle(List<T> list) {
      for (int i = list.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        T t = list.get(i);
        list.set(i, list.get(j));
        list.set(j, t);
      }
    }

    private static String uniqueId(String base, Set<String> taken) {
      if (base.isEmpty()) {
        base = "item";
      }
      String candidate = base;
      for (int k = 2; !taken.add(candidate); k++) {
        String suffix = "-" + k;
        String stem = base.length() + suffix.length() > MAX_ID_LENGTH ? trimAtHyphen(base, MAX_ID_LENGTH - suffix.length()) : base;
        candidate = stem + suffix;
      }
      return candidate;
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    /** Like the generator's Slugs.fromTitle: accents folded, a-z0-9 and single hyphens, cut at a hyphen. */
    static String slug(String title) {
      String folded = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
      String slug = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
      return trimAtHyphen(slug, MAX_ID_LENGTH);
    }

    private static String trimAtHyphen(String slug, int max) {
      if (slug.length() <= max) {
        return slug;
      }
      int cut = slug.lastIndexOf('-', max);
      return slug.substring(0, cut > 0 ? cut : max).replaceAll("-+$", "");
    }

    /** A YAML double-quoted scalar. */
    static String quote(String s) {
      StringBuilder q = new StringBuilder("\"");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> q.append("\\\\");
          case '"' -> q.append("\\\"");
          case '\n' -> q.append("\\n");
          case '\t' -> q.append("\\t");
          default -> {
            if (c < 0x20 || c == 0x7f) {
              q.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
              q.append(c);
            }
          }
        }
      }
      return q.append('"').toString();
    }

    private static long writeFile(Path file, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.length;
    }

    private static long copy(Path from, Path to) throws IOException {
      byte[] bytes = Files.readAllBytes(from);
      Files.write(to, bytes);
      return bytes.length;
    }
  }
}
