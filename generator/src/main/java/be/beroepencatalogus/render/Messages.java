package be.beroepencatalogus.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The site's UI strings for one language, from {@code theme/i18n/<language>.properties}. */
public final class Messages {
  private final Properties strings = new Properties();

  public Messages(String language) {
    String resource = "theme/i18n/" + language + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no UI strings for language '" + language + "' (" + resource + ")");
      }
      strings.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string for {@code key}; a missing key is a theme bug, so it fails loudly instead of printing nothing. */
  public String get(String key) {
    String value = strings.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("missing UI string '" + key + "'");
    }
    return value;
  }

  /** The string for {@code key} with {@code {0}}, {@code {1}}... replaced by the arguments. */
  public String format(String key, Object... args) {
    String value = get(key);
    for (int i = 0; i < args.length; i++) {
      value = value.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return value;
  }
}
