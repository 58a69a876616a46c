package be.beroepencatalogus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} option of every command that reads a catalogue from a folder (a picocli mixin). */
final class ContentOption {
  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** The folder, which must exist: a mistyped path is a usage error (exit 2), not a catalogue with errors. */
  Path existing() {
    UsageException.requireFolder(dir, "--content");
    return dir;
  }
}
