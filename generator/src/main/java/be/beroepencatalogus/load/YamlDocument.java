package be.beroepencatalogus.load;

import be.beroepencatalogus.check.DidYouMean;
import be.beroepencatalogus.check.Problem;
import be.beroepencatalogus.model.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML composed into SnakeYAML's node tree, which keeps the position of every key and value, read through
 * small typed accessors that record a {@link Problem} at the offending node instead of throwing.
 */
final class YamlDocument {
  // Read-only once made, so shared by every parse on every thread: making a Yaml per file was a sixth of parsing.
  private static final LoaderOptions OPTIONS = loaderOptions();
  private static final Resolver RESOLVER = new Resolver();

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  private final SourceFile file;
  private final int firstLine;
  private final List<Problem> problems;

  private YamlDocument(SourceFile file, int firstLine, List<Problem> problems) {
    this.file = file;
    this.firstLine = firstLine;
    this.problems = problems;
  }

  /**
   * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}, as a mapping. Syntax errors
   * and a non-mapping root are added to {@code problems}; the result is then empty.
   */
  static Optional<Mapping> parse(SourceFile file, String yaml, int firstLine, List<Problem> problems) {
    YamlDocument doc = new YamlDocument(file, firstLine, problems);
    Node root;
    try {
      root = new Composer(new ParserImpl(new StreamReader(yaml), OPTIONS), RESOLVER, OPTIONS).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      problems.add(Problem.error(doc.at(mark), "invalid YAML: " + what, "check indentation, and quote text that contains ': ' or starts with a special character"));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.add(Problem.error(file.at(firstLine, 1), "invalid YAML: " + e.getMessage()));
      return Optional.empty();
    }
    if (root == null) {
      problems.add(Problem.error(file.at(firstLine, 1), "the front matter is empty", "add at least 'title: ...'"));
      return Optional.empty();
    }
    return doc.mapping(root, "the front matter");
  }

  SourceRef at(Mark mark) {
    return mark == null ? file.at(firstLine, 1) : file.at(firstLine + mark.getLine(), mark.getColumn() + 1);
  }

  SourceRef at(Node node) {
    return at(node.getStartMark());
  }

  SourceFile file() {
    return file;
  }

  void error(Node node, String message, String hint) {
    problems.add(Problem.error(at(node), message, hint));
  }

  Optional<Mapping> mapping(Node node, String what) {
    if (node instanceof MappingNode m) {
      return Optional.of(new Mapping(this, m));
    }
    error(node, what + " must be a mapping of 'key: value' lines", null);
    return Optional.empty();
  }

  /** Any non-null scalar is accepted as text ({@code title: 2024} is a title), mappings and lists are not. */
  Optional<String> text(Node node, String key) {
    if (node instanceof ScalarNode s) {
      if (s.getTag().equals(Tag.NULL)) {
        error(node, "'" + key + "' has no value", null);
        return Optional.empty();
      }
      return Optional.of(s.getValue().strip());
    }
    error(node, "'" + key + "' must be text, not " + kind(node), null);
    return Optional.empty();
  }

  Optional<List<Node>> list(Node node, String key) {
    if (node instanceof SequenceNode seq) {
      return Optional.of(seq.getValue());
    }
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return Optional.of(List.of());
    }
    error(node, "'" + key + "' must be a list ('- item' lines), not " + kind(node), null);
    return Optional.empty();
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "text";
  }

  /** A YAML mapping whose keys have been checked against the keys its owner knows. */
  static final class Mapping {
    private final YamlDocument doc;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Mapping(YamlDocument doc, MappingNode node) {
      this.doc = doc;
      this.node = node;
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key)) {
          doc.error(keyNode, "a key must be a plain word", null);
          continue;
        }
        if (entries.containsKey(key.getValue())) {
          doc.error(keyNode, "'" + key.getValue() + "' appears twice", "keep one of them");
          continue;
        }
        entries.put(key.getValue(), tuple);
      }
    }

    SourceRef at() {
      return doc.at(node);
    }

    YamlDocument doc() {
      return doc;
    }

    /** Reports every key not in {@code known}, suggesting the nearest known key for a near miss. */
    Mapping allowOnly(Collection<String> known, String hintWhenUnknown) {
      for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
        if (!known.contains(e.getKey())) {
          String hint =
              DidYouMean.closest(e.getKey(), known)
                  .map(k -> "did you mean '" + k + "'?")
                  .orElse(hintWhenUnknown);
          doc.error(e.getValue().getKeyNode(), "unknown key '" + e.getKey() + "'", hint);
        }
      }
      return this;
    }

    List<String> keys() {
      return new ArrayList<>(entries.keySet());
    }

    Optional<Node> value(String key) {
      return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Optional<Node> keyNode(String key) {
      return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    Optional<String> requiredText(String key, String hint) {
      Optional<Node> value = value(key);
      if (value.isEmpty()) {
        doc.problems.add(Problem.error(at(), "missing required key '" + key + "'", hint));
        return Optional.empty();
      }
      Optional<String> text = doc.text(value.get(), key);
      if (text.isPresent() && text.get().isEmpty()) {
        doc.error(value.get(), "'" + key + "' is empty", hint);
        return Optional.empty();
      }
      return text;
    }

    String optionalText(String key) {
      return value(key)
          .filter(v -> !(v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)))
          .flatMap(v -> doc.text(v, key))
          .orElse("");
    }

    List<String> optionalTextList(String key) {
      List<String> result = new ArrayList<>();
      value(key)
          .flatMap(v -> doc.list(v, key))
          .ifPresent(items -> items.forEach(item -> doc.text(item, key).ifPresent(result::add)));
      return result;
    }
  }
}
