package be.beroepencatalogus.render;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.KeySkill;
import be.beroepencatalogus.model.Occupation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /catalogus.json}: the whole catalogue as open data (shape documented in README.md). Texts are the
 * authors' Markdown; URLs are site-relative. Field order is fixed so the file is byte-for-byte reproducible.
 */
public final class CatalogueJson {
  public static final int FORMAT_VERSION = 1;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The file's bytes (UTF-8): written straight from the tree, the largest file of a big site is not held twice. */
  public byte[] json(Catalogue catalogue) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format_version", FORMAT_VERSION);
    root.put("title", catalogue.settings().title());
    root.put("language", catalogue.settings().language());
    root.put("base_url", catalogue.settings().baseUrl());
    root.put("organisation", catalogue.settings().organisation());
    root.put("occupations", catalogue.occupations().stream().map(this::occupation).toList());
    root.put("competencies", catalogue.competencies().stream().map(c -> competency(catalogue, c)).toList());
    root.put("key_skills", catalogue.keySkills().stream().map(k -> keySkill(catalogue, k)).toList());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    try {
      mapper.writeValue(bytes, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private Map<String, Object> occupation(Occupation o) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", o.id());
    map.put("title", o.title());
    map.put("url", Urls.occupationPath(o.id()));
    map.put("plan_url", Urls.planPath(o.id()));
    map.put("aliases", o.aliases());
    map.put("duration", o.duration());
    map.put("sector", o.sector());
    map.put("esco", o.esco());
    map.put("isco", o.isco());
    map.put("description", o.descriptionMarkdown());
    map.put("competencies", o.competencies().stream()
        .map(use -> ordered("id", use.competencyId(), "group", use.group().key()))
        .toList());
    map.put("key_skills", o.keySkills().stream()
        .map(use -> ordered("id", use.keySkillId(), "description", use.descriptionMarkdown()))
        .toList());
    return map;
  }

  private Map<String, Object> competency(Catalogue catalogue, Competency c) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", c.id());
    map.put("title", c.title());
    map.put("url", Urls.competencyPath(c.id()));
    map.put("introduction", c.introMarkdown());
    map.put("skills", c.skills().stream()
        .map(s -> ordered("title", s.title(), "anchor", s.anchor(), "url", Urls.competencyPath(c.id()) + "#" + s.anchor(),
            "training_actions", s.trainingActionsMarkdown()))
        .toList());
    map.put("occupations", ids(catalogue.occupationsUsingCompetency(c.id())));
    return map;
  }

  private Map<String, Object> keySkill(Catalogue catalogue, KeySkill k) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", k.id());
    map.put("title", k.title());
    map.put("url", Urls.keySkillPath(k.id()));
    map.put("definition", k.definitionMarkdown());
    map.put("occupations", ids(catalogue.occupationsAskingKeySkill(k.id())));
    return map;
  }

  private static List<String> ids(List<Occupation> occupations) {
    return occupations.stream().map(Occupation::id).toList();
  }

  /** A JSON object whose keys keep the order given, so that the files are byte-for-byte reproducible (also JSON-LD's). */
  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
