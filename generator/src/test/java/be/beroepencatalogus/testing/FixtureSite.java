package be.beroepencatalogus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small content folder written inline in a test, in the style of Hugo's and jte's tests. */
public final class FixtureSite {
  private final Path dir;

  private FixtureSite(Path dir) {
    this.dir = dir;
  }

  /** An empty content folder with a valid site.yaml. */
  public static FixtureSite in(Path dir) {
    return new FixtureSite(dir).file("site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://example.org/\n");
  }

  /** A complete minimal catalogue: one occupation with one basis competency and one key skill. */
  public static FixtureSite minimal(Path dir) {
    return in(dir)
        .file("beroepen/kok.md", """
            ---
            title: Kok
            aliases: [keukenkok]
            competencies:
              basis:
                - koken
            key_skills:
              - id: hygienisch-werken
                description: De cursist werkt volgens de HACCP-regels.
            ---

            Je bereidt gerechten.
            """)
        .file("competenties/koken.md", """
            ---
            title: Gerechten bereiden
            ---

            ## Snijdt groenten

            Technieken tonen en laten oefenen.

            ## Kent de recepten

            - Recepten lezen
            - Recepten uitvoeren
            """)
        .file("sleutelvaardigheden/hygienisch-werken.md", """
            ---
            title: Hygiënisch werken
            ---

            Je werkt proper en veilig.
            """);
  }

  public FixtureSite file(String relativePath, String text) {
    return bytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  public FixtureSite bytes(String relativePath, byte[] content) {
    try {
      Path file = dir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }
}
