package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.CompetencyUse;
import be.beroepencatalogus.model.KeySkillUse;
import be.beroepencatalogus.model.Occupation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An occupation as a schema.org {@code Occupation} in JSON-LD, for search engines and other readers of the page:
 * its names, description, ISCO-08 code as {@code occupationalCategory}, competencies and key skills as
 * {@code skills}, and its ESCO concept as {@code sameAs}. The text is ready to sit in a {@code <script>} element.
 */
final class OccupationJsonLd {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Urls urls;
  private final MarkdownHtml markdown;

  OccupationJsonLd(Urls urls, MarkdownHtml markdown) {
    this.urls = urls;
    this.markdown = markdown;
  }

  String of(Catalogue catalogue, Occupation occupation) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@context", "https://schema.org");
    root.put("@type", "Occupation");
    root.put("name", occupation.title());
    if (!occupation.aliases().isEmpty()) {
      root.put("alternateName", occupation.aliases());
    }
    String description = markdown.toText(occupation.descriptionMarkdown()).strip();
    if (!description.isEmpty()) {
      root.put("description", description);
    }
    root.put("url", urls.absolute(Urls.occupationPath(occupation.id())));
    if (!occupation.isco().isEmpty()) {
      root.put("occupationalCategory", CatalogueJson.ordered("@type", "CategoryCode", "codeValue", occupation.isco(),
          "inCodeSet", CatalogueJson.ordered("@type", "CategoryCodeSet", "name", "ISCO-08")));
    }
    List<Object> skills = new ArrayList<>();
    occupation.competencies().stream().map(CompetencyUse::competencyId).distinct()
        .flatMap(id -> catalogue.competency(id).stream())
        .forEach(c -> skills.add(term(c.title(), Urls.competencyPath(c.id()))));
    occupation.keySkills().stream().map(KeySkillUse::keySkillId).distinct()
        .flatMap(id -> catalogue.keySkill(id).stream())
        .forEach(k -> skills.add(term(k.title(), Urls.keySkillPath(k.id()))));
    if (!skills.isEmpty()) {
      root.put("skills", skills);
    }
    if (!occupation.esco().isEmpty()) {
      root.put("sameAs", occupation.esco());
    }
    try {
      // "<" only occurs inside JSON strings, where \u003c means the same: no "</script>" can end the element early.
      return mapper.writeValueAsString(root).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> term(String name, String sitePath) {
    return CatalogueJson.ordered("@type", "DefinedTerm", "name", name, "url", urls.absolute(sitePath));
  }
}
