package be.beroepencatalogus.cli;

import be.beroepencatalogus.io.FileTrees;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.render.Templates;
import be.beroepencatalogus.serve.PreviewServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the content and serves the site on 127.0.0.1 with live reload, rendering each page when asked for: saving a",
      "content file reloads open pages; errors show in the terminal and in the browser. Ctrl-C stops."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = {"Address to listen on (default: ${DEFAULT-VALUE}: only this computer). Another address shows your preview to your network;",
          "requests must name it, localhost, 127.0.0.1 or [::1]."})
  String host;

  @Mixin ContentOption contentOption;

  @Option(names = "--theme", paramLabel = "DIR", defaultValue = "theme", description = "Theme folder to watch for changes (default: ${DEFAULT-VALUE}).")
  Path theme;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache", description = "Cache of rendered PDFs (default: ${DEFAULT-VALUE}).")
  Path cache;

  /**
   * The theme folder's templates, compiled at runtime so that edits show without a restart; null (the generator's own,
   * precompiled) when there is no theme folder or no Java compiler to compile them with.
   */
  private Templates themeTemplates() {
    if (!Files.isDirectory(theme.resolve("templates"))) {
      return null;
    }
    try {
      return Templates.fromThemeFolder(theme);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("note: " + e.getMessage() + "; the generator's own templates are used, and a theme change needs a restart");
      return null;
    }
  }

  @Override
  public Integer call() throws Exception {
    Path content = contentOption.existing();
    InetAddress address = InetAddress.getByName(host);
    Path site = Files.createTempDirectory("catalog-serve-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(site)));
    String base = "http://" + (address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress())
        + ":" + port + "/";
    Templates themeTemplates = themeTemplates();
    SiteBuilder builder = themeTemplates == null ? new SiteBuilder() : new SiteBuilder(themeTemplates);
    SiteSession session = builder.session(content, site.resolve("site"), cache, port == 0 ? "/" : base);
    SiteSession.Update first = session.start();
    try (PreviewServer server = new PreviewServer(session, content, theme, themeTemplates, host, port,
        spec.commandLine().getOut(), spec.commandLine().getErr())) {
      server.report(first);
      spec.commandLine().getOut().println("serving " + content + " on " + server.url() + " (Ctrl-C to stop)");
      spec.commandLine().getOut().flush();
      Thread main = Thread.currentThread();
      Runtime.getRuntime().addShutdownHook(new Thread(main::interrupt));
      server.run();
    }
    return ExitCodes.OK;
  }
}
