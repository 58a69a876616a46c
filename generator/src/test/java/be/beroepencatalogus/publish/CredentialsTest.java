package be.beroepencatalogus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eclipse.jgit.api.errors.TransportException;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void theUserInformationOfEveryUrlIsMasked() {
    assertEquals("push to https://***@github.com/org/repo.git failed: https://***@github.com/org/repo.git: not authorized",
        Credentials.mask("push to https://user:TOKEN@github.com/org/repo.git failed: https://user@github.com/org/repo.git: not authorized"));
    assertEquals("http://***@host:8080/r.git", Credentials.mask("http://TOKEN@host:8080/r.git"));
    assertEquals("ssh://***@host/r.git", Credentials.mask("ssh://git:p@ss@host/r.git"));
    assertEquals("https://github.com/org/repo.git and mail me@example.org", Credentials.mask("https://github.com/org/repo.git and mail me@example.org"));
    assertEquals("/tmp/remote.git", Credentials.mask("/tmp/remote.git"));
  }

  @Test
  void aPublishExceptionMasksItsMessageAndItsCausesForDebugging() {
    TransportException jgit = new TransportException("https://user:TOKEN@github.com/r.git: not authorized");
    PublishException e = new PublishException("push to https://user:TOKEN@github.com/r.git failed", jgit);

    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace, true));

    assertEquals("push to https://***@github.com/r.git failed", e.getMessage());
    assertFalse(trace.toString().contains("TOKEN"), trace.toString());
    assertEquals("org.eclipse.jgit.api.errors.TransportException: https://***@github.com/r.git: not authorized", e.getCause().toString());
  }
}
