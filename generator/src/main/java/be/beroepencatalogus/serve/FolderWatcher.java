package be.beroepencatalogus.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders and hands over the changed files in batches: changes arriving within
 * {@code quietMillis} of each other (an editor saving in several steps) make one batch.
 */
public final class FolderWatcher implements AutoCloseable {
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final long quietMillis;

  public FolderWatcher(long quietMillis) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.quietMillis = quietMillis;
  }

  public void watch(Path root) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path dir : tree.filter(Files::isDirectory).toList()) {
        register(dir);
      }
    }
  }

  private void register(Path dir) throws IOException {
    WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    folders.put(key, dir);
  }

  /** Hands each batch of changed paths to {@code onChange} until closed; blocks the calling thread. */
  public void run(Consumer<Set<Path>> onChange) {
    try {
      while (true) {
        Set<Path> batch = new TreeSet<>();
        WatchKey key = service.take();
        collect(key, batch);
        while ((key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
          collect(key, batch);
        }
        if (!batch.isEmpty()) {
          onChange.accept(batch);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<Path> batch) {
    Path dir = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          watch(path);
          try (Stream<Path> added = Files.walk(path)) {
            added.filter(Files::isRegularFile).forEach(batch::add);
          }
        } catch (IOException ignored) {
          // the folder went away again
        }
      } else if (!Files.isDirectory(path)) {
        batch.add(path);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
