package be.beroepencatalogus.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held for the whole build, so that two builds to the same folder do not
 * remove each other's work. The lock file stays beside the folder ({@code .site.lock}): deleting it would let a
 * third build lock a new file while the second still holds the old one. The operating system releases the lock
 * when the process ends, however it ends.
 */
final class OutputLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path fileFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".lock");
  }

  /** Takes the lock or refuses at once when another build (in this process or another) holds it. */
  static OutputLock take(Path target) throws IOException {
    Path file = fileFor(target);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new OutputRefusedException("another build is writing " + target + " right now (it holds " + file
          + "); run this build again when that one has finished");
    }
    return new OutputLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
