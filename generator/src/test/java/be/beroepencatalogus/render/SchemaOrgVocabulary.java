package be.beroepencatalogus.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A validator of JSON-LD against schema.org's vocabulary, as far as the site uses it: each type is a schema.org
 * class, each property belongs to the type (or a supertype) and each value has a type the property allows. The
 * vocabulary is extracted from schema.org's release by {@code src/test/resources/schemaorg/extract.py}.
 */
final class SchemaOrgVocabulary {
  private final Map<String, List<String>> classes = new TreeMap<>();
  private final Map<String, List<String>> dataTypes = new TreeMap<>();
  private final Map<String, List<String>> domains = new TreeMap<>();
  private final Map<String, List<String>> ranges = new TreeMap<>();

  static SchemaOrgVocabulary load() {
    try (InputStream in = SchemaOrgVocabulary.class.getResourceAsStream("/schemaorg/vocabulary.json")) {
      return new SchemaOrgVocabulary(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SchemaOrgVocabulary(JsonNode vocabulary) {
    vocabulary.get("classes").fields().forEachRemaining(e -> classes.put(e.getKey(), strings(e.getValue())));
    vocabulary.get("dataTypes").fields().forEachRemaining(e -> dataTypes.put(e.getKey(), strings(e.getValue())));
    vocabulary.get("properties").fields().forEachRemaining(e -> {
      domains.put(e.getKey(), strings(e.getValue().get("domain")));
      ranges.put(e.getKey(), strings(e.getValue().get("range")));
    });
  }

  /** What in {@code node} (a typed JSON-LD object) schema.org does not allow; empty when it is valid. */
  List<String> problems(JsonNode node) {
    List<String> problems = new ArrayList<>();
    check(node, problems);
    return problems;
  }

  private void check(JsonNode node, List<String> problems) {
    String type = "schema:" + node.path("@type").asText();
    if (!classes.containsKey(type)) {
      problems.add("unknown type " + node.path("@type").asText());
      return;
    }
    Set<String> types = ancestors(type, classes);
    node.fields().forEachRemaining(field -> {
      if (field.getKey().startsWith("@")) {
        return;
      }
      String property = "schema:" + field.getKey();
      if (!domains.containsKey(property) || domains.get(property).stream().noneMatch(types::contains)) {
        problems.add(node.get("@type").asText() + " has no property " + field.getKey());
        return;
      }
      List<String> range = ranges.get(property);
      for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
        String problem = valueProblem(value, range);
        if (problem != null) {
          problems.add(field.getKey() + ": " + problem);
        } else if (value.isObject()) {
          check(value, problems);
        }
      }
    });
  }

  private String valueProblem(JsonNode value, List<String> range) {
    if (value.isObject()) {
      String type = "schema:" + value.path("@type").asText();
      boolean allowed = classes.containsKey(type) && ancestors(type, classes).stream().anyMatch(range::contains);
      return allowed ? null : "a " + value.path("@type").asText() + " is not one of " + range;
    }
    if (value.isTextual()) {
      Set<String> allowed = new HashSet<>();
      range.stream().filter(dataTypes::containsKey).forEach(t -> allowed.addAll(descendants(t)));
      if (allowed.contains("schema:Text")) {
        return null;
      }
      if (allowed.contains("schema:URL")) {
        return isAbsoluteUrl(value.asText()) ? null : "'" + value.asText() + "' is no absolute URL";
      }
      return "text where " + range + " is expected";
    }
    return "a " + value.getNodeType() + " where " + range + " is expected";
  }

  private static boolean isAbsoluteUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() && (uri.getScheme().equals("https") || uri.getScheme().equals("http"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** {@code type} and all it is a subclass of. */
  private static Set<String> ancestors(String type, Map<String, List<String>> hierarchy) {
    Set<String> all = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (all.add(next)) {
        todo.addAll(hierarchy.getOrDefault(next, List.of()));
      }
    }
    return all;
  }

  /** A data type and the data types that are a kind of it (URL is a kind of Text: text is fine where Text is). */
  private Set<String> descendants(String dataType) {
    Set<String> all = new HashSet<>();
    all.add(dataType);
    dataTypes.forEach((type, parents) -> {
      if (ancestors(type, dataTypes).contains(dataType)) {
        all.add(type);
      }
    });
    return all;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(n -> strings.add(n.asText()));
    return strings;
  }
}
