package be.beroepencatalogus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the theme's static assets (CSS, JavaScript, icons), packaged in the generator, into {@code /assets/}. */
public final class ThemeAssets {
  private static final String ROOT = "theme/assets";

  public void copyTo(SiteOutput out) {
    URL url = ThemeAssets.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("theme assets missing from the generator (" + ROOT + ")");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          copyTree(jar.getPath(ROOT), out);
        }
      } else {
        copyTree(Path.of(uri), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path dir, SiteOutput out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      out.write("/assets/" + relative, Files.readAllBytes(file));
    }
  }
}
