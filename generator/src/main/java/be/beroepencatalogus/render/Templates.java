package be.beroepencatalogus.render;

import be.beroepencatalogus.io.FileTrees;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The theme's jte templates, rendering {@link TemplateCall}s: either the ones precompiled into the generator by the
 * Maven build ({@link #precompiled()}), or those of a theme folder compiled at runtime ({@link #fromThemeFolder}),
 * which shows an edited template without rebuilding the generator. Both give the same bytes. Thread-safe.
 */
public final class Templates {
  private final Renderer renderer;

  /** How a call reaches its template. */
  @FunctionalInterface
  private interface Renderer {
    void render(TemplateCall call, HtmlTemplateOutput output);
  }

  private Templates(Renderer renderer) {
    this.renderer = renderer;
  }

  /** The templates compiled into the generator: what {@code build} and the jar use. No JDK needed. */
  public static Templates precompiled() {
    return new Templates((call, output) -> {
      try {
        call.precompiled().render(output, null);
      } catch (RuntimeException e) {
        // What jte's own engine reports for a failing template: its name, with the cause.
        throw new TemplateException("Failed to render " + call.name(), e);
      }
    });
  }

  /**
   * The templates in {@code themeFolder}{@code /templates}, each compiled with the JDK's javac when first rendered
   * (about 1.5 s for the first, at startup) and compiled again when its file, or a template it calls, changed
   * since: one instance follows the edits of a theme author. It renders one page at a time. Its classes go to a temporary folder of its own (jte
   * empties the folder it is given), removed when the JVM exits. A template that does not compile fails its render
   * with a {@link gg.jte.TemplateException} naming the file and line, and renders again once it is fixed.
   *
   * @throws IllegalStateException when this Java has no compiler (a JRE, not a JDK): use {@link #precompiled()}
   */
  public static Templates fromThemeFolder(Path themeFolder) {
    // Without javac, jte would fail only at the first render; saying so here lets a caller fall back at once.
    if (ToolProvider.getSystemJavaCompiler() == null) {
      throw new IllegalStateException("compiling the theme's templates at runtime needs a JDK (javac); this Java has none");
    }
    Path classes = temporaryFolder();
    TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(themeFolder.resolve("templates")), classes, ContentType.Html);
    // As the jte-maven-plugin is configured in generator/pom.xml, so that both engines write the same bytes.
    engine.setTrimControlStructures(true);
    // jte compiles a template and the ones it calls into one class folder, per template name: two threads rendering
    // different pages that share the layout would compile the layout at once and load half-written classes (a
    // build renders pages in parallel). Only the preview and the theme's tests use this engine, so one render at a
    // time costs nothing that shows.
    Object lock = new Object();
    return new Templates((call, output) -> {
      synchronized (lock) {
        engine.render(call.name(), call.params(), output);
      }
    });
  }

  private static Path temporaryFolder() {
    try {
      Path folder = Files.createTempDirectory("catalog-templates");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page as UTF-8 bytes, ready to write. */
  public byte[] page(TemplateCall call) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    renderer.render(call, new OwaspHtmlTemplateOutput(output));
    return output.toByteArray();
  }

  /** A page as text, for those who read it again (the PDF renderer). */
  public String text(TemplateCall call) {
    StringOutput output = new StringOutput(16 * 1024);
    renderer.render(call, new OwaspHtmlTemplateOutput(output));
    return output.toString();
  }
}
