package be.beroepencatalogus.cli;

import be.beroepencatalogus.build.OutputFolders;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.build.SiteSession;
import be.beroepencatalogus.serve.PreviewServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--theme", paramLabel = "DIR", defaultValue = "theme", description = "Theme folder to watch for changes (default: ${DEFAULT-VALUE}).")
  Path theme;

  @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache", description = "Cache of rendered PDFs (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Override
  public Integer call() throws Exception {
    UsageException.requireFolder(content, "--content");
    InetAddress address = InetAddress.getByName(host);
    Path site = Files.createTempDirectory("catalog-serve-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> OutputFolders.deleteQuietly(site)));
    String base = "http://" + (address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress())
        + ":" + port + "/";
    SiteSession session = new SiteBuilder().session(content, site.resolve("site"), cache, port == 0 ? "/" : base);
    SiteSession.Update first = session.start();
    try (PreviewServer server = new PreviewServer(session, content, theme, host, port, spec.commandLine().getOut(), spec.commandLine().getErr())) {
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
