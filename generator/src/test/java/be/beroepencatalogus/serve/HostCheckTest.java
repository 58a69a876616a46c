package be.beroepencatalogus.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers the preview answers: the end-to-end refusal is in PreviewServerTest. */
class HostCheckTest {
  private static boolean allows(HostCheck check, String host) {
    return check.allows(List.of(host));
  }

  @Test
  void onLoopbackItAnswersTheLoopbackNamesOnAnyPortAndNothingElse() throws Exception {
    HostCheck check = HostCheck.forListening("127.0.0.1", InetAddress.getByName("127.0.0.1"));

    for (String host : List.of("localhost", "LocalHost:8000", "127.0.0.1:8000", "[::1]:8000", "[0:0:0:0:0:0:0:1]", " 127.0.0.1 ")) {
      assertTrue(allows(check, host), host);
    }
    for (String host : List.of("attacker.example", "attacker.example:8000", "localhost.attacker.example", "127.0.0.2:8000",
        "::1", "[::1", "localhost:", "localhost:80a", "localhost:8000:1", ":8000", "", "[fe80::1]")) {
      assertFalse(allows(check, host), host);
    }
    assertFalse(check.allows(null), "no Host header");
    assertFalse(check.allows(List.of("localhost", "attacker.example")), "two Host headers");
  }

  @Test
  void aHostGivenOnTheCommandLineIsAnsweredTooByItsNameAndAddress() throws Exception {
    HostCheck check = HostCheck.forListening("Preview.Test", InetAddress.getByAddress("preview.test", new byte[] {10, 0, 0, 7}));

    assertTrue(allows(check, "preview.test:8000"));
    assertTrue(allows(check, "10.0.0.7:8000"));
    assertTrue(allows(check, "localhost:8000"));
    assertFalse(allows(check, "other.test:8000"));
  }

  @Test
  void anIpv6HostIsComparedAsAnAddress() throws Exception {
    HostCheck check = HostCheck.forListening("fd00::7", InetAddress.getByName("fd00::7"));

    assertTrue(allows(check, "[fd00::7]:8000"));
    assertTrue(allows(check, "[FD00:0:0:0:0:0:0:7]"));
    assertFalse(allows(check, "[fd00::8]:8000"));
  }

  @Test
  void everyInterfaceAlsoAnswersThisMachinesAddresses() throws Exception {
    HostCheck check = HostCheck.forListening("0.0.0.0", InetAddress.getByName("0.0.0.0"));

    assertTrue(allows(check, "127.0.0.1:8000"));
    assertFalse(allows(check, "attacker.example:8000"));
  }

  @Test
  void theNameInAHostHeaderIsKeptInOneForm() {
    assertTrue("localhost".equals(HostCheck.nameIn("LOCALHOST:8000")));
    assertTrue("[0:0:0:0:0:0:0:1]".equals(HostCheck.nameIn("[::1]:8000")));
    assertNull(HostCheck.nameIn("[not-an-address]"));
    assertNull(HostCheck.nameIn("localhost:99999999"));
  }
}
