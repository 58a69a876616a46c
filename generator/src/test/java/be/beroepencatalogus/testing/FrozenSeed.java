package be.beroepencatalogus.testing;

import java.nio.file.Path;

/**
 * The bundled catalogue as it was when these tests were written, frozen under {@code src/test/resources/seed/catalogue}:
 * tests build and search it, so an author's edit of {@code content/} never breaks {@code mvn verify}. Only the
 * seed-fidelity test reads the live {@code content/}.
 */
public final class FrozenSeed {
  public static final Path CATALOGUE = Path.of(System.getProperty("user.dir")).resolve("src/test/resources/seed/catalogue");

  private FrozenSeed() {}
}
