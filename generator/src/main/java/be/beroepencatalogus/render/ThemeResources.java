package be.beroepencatalogus.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files of the theme packaged in the generator (fonts, print styles), read from the classpath. */
public final class ThemeResources {
  private ThemeResources() {}

  public static byte[] bytes(String path) {
    try (InputStream in = ThemeResources.class.getClassLoader().getResourceAsStream("theme/" + path)) {
      if (in == null) {
        throw new IllegalStateException("theme file missing from the generator: theme/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
