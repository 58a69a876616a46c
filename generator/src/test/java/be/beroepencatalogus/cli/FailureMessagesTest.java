package be.beroepencatalogus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FailureMessagesTest {

  @Test
  void aFullDiskIsNamedAsTheCause() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full is a Linux device");
    IOException real = assertThrows(IOException.class, () -> Files.write(full, new byte[] {1}));

    String message = FailureMessages.describe(new UncheckedIOException("cannot write site/index.html", real));

    assertEquals("cannot write site/index.html: no space left on device", message);
  }

  @Test
  void fileSystemFailuresAreWordsWithoutClassNames() {
    String message = FailureMessages.describe(new AccessDeniedException("/srv/content/beroepen"));
    assertEquals("/srv/content/beroepen: permission denied", message);
  }

  @Test
  void aFailureWithoutAMessageNeverShowsAJavaClassName() {
    String message = FailureMessages.describe(new IllegalStateException(new NullPointerException()));
    assertFalse(message.contains("Exception"), message);
    assertTrue(message.contains("--debug"), message);
  }
}
