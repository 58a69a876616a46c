package be.beroepencatalogus.search;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Turns a catalogue into its search entries, in a fixed order: occupations, competencies, skills, key skills. */
public final class SearchDocs {
  static final int SNIPPET_LENGTH = 200;

  private final MarkdownHtml markdown;

  /** {@code markdown} is the build's, so that texts the pages render are not parsed again for search. */
  public SearchDocs(MarkdownHtml markdown) {
    this.markdown = markdown;
  }

  /** For an index on its own (the CLI's): links do not matter in plain text, so no base URL. */
  public SearchDocs() {
    this(new MarkdownHtml(new Urls("/")));
  }

  public List<SearchDoc> of(Catalogue catalogue) {
    // Entries are listed in order, then made on all cores (Markdown to text is most of the work): entry n gets number n.
    List<IntFunction<SearchDoc>> entries = new ArrayList<>();
    for (Occupation o : catalogue.occupations()) {
      entries.add(n -> {
        String body = plain(o.descriptionMarkdown());
        return new SearchDoc(n, DocType.OCCUPATION, o.id(), o.title(), String.join(", ", o.aliases()), body,
            Urls.occupationPath(o.id()), snippet(body), "", names(o.title(), o.aliases()));
      });
    }
    for (Competency c : catalogue.competencies()) {
      entries.add(n -> {
        String skills = c.skills().stream().map(Skill::title).collect(Collectors.joining(". "));
        String body = (plain(c.introMarkdown()) + " " + skills).strip();
        return new SearchDoc(n, DocType.COMPETENCY, c.id(), c.title(), "", body, Urls.competencyPath(c.id()), snippet(body), "", List.of(c.title()));
      });
    }
    for (Competency c : catalogue.competencies()) {
      for (Skill s : c.skills()) {
        entries.add(n -> {
          String body = plain(s.trainingActionsMarkdown());
          return new SearchDoc(n, DocType.SKILL, c.id() + "#" + s.anchor(), s.title(), "", body,
              Urls.competencyPath(c.id()) + "#" + s.anchor(), snippet(body), c.title(), List.of(s.title()));
        });
      }
    }
    for (KeySkill k : catalogue.keySkills()) {
      entries.add(n -> {
        String definition = plain(k.definitionMarkdown());
        String uses = catalogue.occupationsAskingKeySkill(k.id()).stream()
            .flatMap(o -> o.keySkills().stream().filter(u -> u.keySkillId().equals(k.id())).limit(1))
            .map(u -> plain(u.descriptionMarkdown()))
            .collect(Collectors.joining(" "));
        return new SearchDoc(n, DocType.KEY_SKILL, k.id(), k.title(), "", (definition + " " + uses).strip(),
            Urls.keySkillPath(k.id()), snippet(definition), "", List.of(k.title()));
      });
    }
    List<SearchDoc> docs = IntStream.range(0, entries.size()).parallel().mapToObj(n -> entries.get(n).apply(n)).toList();
    Analyzer stemming = SearchAnalyzers.stemming();
    Function<String, String[]> stems = text -> SearchIndex.analyze(stemming, text).toArray(String[]::new);
    Synonyms synonyms = Synonyms.of(catalogue.settings().synonyms(), stems, SearchDocs::words);
    return synonyms.isEmpty() ? docs : docs.parallelStream().map(doc -> withSynonyms(doc, synonyms, stems)).toList();
  }

  /** The document with the words its synonyms add searchable as aliases (not shown: the page lists its own aliases). */
  private static SearchDoc withSynonyms(SearchDoc doc, Synonyms synonyms, Function<String, String[]> stems) {
    List<String> added = synonyms.added(stems.apply(doc.title()), stems.apply(doc.aliases()), stems.apply(doc.body()));
    if (added.isEmpty()) {
      return doc;
    }
    return new SearchDoc(doc.number(), doc.type(), doc.id(), doc.title(), (doc.aliases() + " " + String.join(" ", added)).strip(),
        doc.body(), doc.path(), doc.snippet(), doc.context(), doc.names());
  }

  private static String[] words(String text) {
    return SearchIndex.words(text).toArray(String[]::new);
  }

  private static List<String> names(String title, List<String> aliases) {
    List<String> names = new ArrayList<>();
    names.add(title);
    names.addAll(aliases);
    return List.copyOf(names);
  }

  private String plain(String text) {
    return markdown.toText(text);
  }

  /** The start of the text, cut at a word boundary. */
  static String snippet(String text) {
    if (text.length() <= SNIPPET_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
    return text.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + " …";
  }
}
