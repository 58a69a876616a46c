package be.beroepencatalogus.search;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.render.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Turns a catalogue into its search entries, in a fixed order: occupations, competencies, skills, key skills. */
public final class SearchDocs {
  static final int SNIPPET_LENGTH = 200;

  private final Parser parser = Parser.builder().build();
  private final TextContentRenderer text = TextContentRenderer.builder().build();

  public List<SearchDoc> of(Catalogue catalogue) {
    List<SearchDoc> docs = new ArrayList<>();
    for (Occupation o : catalogue.occupations()) {
      String body = plain(o.descriptionMarkdown());
      docs.add(new SearchDoc(docs.size(), DocType.OCCUPATION, o.id(), o.title(), String.join(", ", o.aliases()), body,
          Urls.occupationPath(o.id()), snippet(body), ""));
    }
    for (Competency c : catalogue.competencies()) {
      String skills = c.skills().stream().map(Skill::title).collect(Collectors.joining(". "));
      String body = (plain(c.introMarkdown()) + " " + skills).strip();
      docs.add(new SearchDoc(docs.size(), DocType.COMPETENCY, c.id(), c.title(), "", body, Urls.competencyPath(c.id()), snippet(body), ""));
    }
    for (Competency c : catalogue.competencies()) {
      for (Skill s : c.skills()) {
        String body = plain(s.trainingActionsMarkdown());
        docs.add(new SearchDoc(docs.size(), DocType.SKILL, c.id() + "#" + s.anchor(), s.title(), "", body,
            Urls.competencyPath(c.id()) + "#" + s.anchor(), snippet(body), c.title()));
      }
    }
    for (KeySkill k : catalogue.keySkills()) {
      String definition = plain(k.definitionMarkdown());
      String uses = catalogue.occupationsAskingKeySkill(k.id()).stream()
          .flatMap(o -> o.keySkills().stream().filter(u -> u.keySkillId().equals(k.id())).limit(1))
          .map(u -> plain(u.descriptionMarkdown()))
          .collect(Collectors.joining(" "));
      docs.add(new SearchDoc(docs.size(), DocType.KEY_SKILL, k.id(), k.title(), "", (definition + " " + uses).strip(),
          Urls.keySkillPath(k.id()), snippet(definition), ""));
    }
    return docs;
  }

  private String plain(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return text.render(parser.parse(markdown)).replaceAll("\\s+", " ").strip();
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
