package be.beroepencatalogus.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Dutch names of ISCO-08 occupation groups, from the theme's table {@code theme/data/isco-08-nl.tsv} (code, tab,
 * name). A code the table does not name (the minor and unit groups, today) has no name: pages show its code.
 */
public final class IscoGroups {
  static final String TABLE = "data/isco-08-nl.tsv";

  private final Map<String, String> names;

  private IscoGroups(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  /** The table shipped with the theme (read from the classpath, like the UI strings: it is theme, not content). */
  public static IscoGroups fromTheme() {
    return parse(ThemeResources.text(TABLE));
  }

  static IscoGroups parse(String table) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String line : table.split("\r?\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 1 || !line.substring(0, tab).matches("[0-9]{1,4}") || line.substring(tab + 1).isBlank()) {
        throw new IllegalStateException("theme/" + TABLE + ": not 'code<TAB>name': " + line);
      }
      names.put(line.substring(0, tab), line.substring(tab + 1).strip());
    }
    return new IscoGroups(names);
  }

  public Optional<String> name(String code) {
    return Optional.ofNullable(names.get(code));
  }

  /** The code with its name ({@code "26 Specialisten ..."}), or the code alone when the table does not name it. */
  public String label(String code) {
    return name(code).map(n -> code + " " + n).orElse(code);
  }

  /** The groups a code belongs to, from its major group down to itself: {@code 2654} gives 2, 26, 265, 2654. */
  public static List<String> chain(String code) {
    return IntStream.rangeClosed(1, code.length()).mapToObj(i -> code.substring(0, i)).toList();
  }
}
