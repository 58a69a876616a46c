package be.beroepencatalogus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitePublisherTest {
  @Test
  void aCnameIsAHostNameOnlyInLowerCase() {
    assertEquals(Optional.of("beroepen.vdab.be"), SitePublisher.hostName("beroepen.vdab.be"));
    assertEquals(Optional.of("www.catalogus.be"), SitePublisher.hostName("WWW.Catalogus.be"));
    assertEquals(Optional.of("org.github.io"), SitePublisher.hostName("org.github.io"));
    for (String notAHost : List.of("https://beroepen.vdab.be/", "beroepen.vdab.be:8080", "beroepen.vdab.be.", "-x.be", "x-.be",
        "be", "", "beroepen vdab.be", "a..be", "beroepen.vdab.be\nevil.example", "a".repeat(64) + ".be")) {
      assertEquals(Optional.empty(), SitePublisher.hostName(notAHost), notAHost);
    }
  }

  @Test
  void theCommitMessageNamesTheSourceCommit() {
    assertEquals("Publish site built from 1a2b3c4\n", SitePublisher.message(Optional.empty(), "1a2b3c4"));
    assertEquals("Nieuwe huisstijl\n\nBuilt from 1a2b3c4 (with uncommitted changes)\n",
        SitePublisher.message(Optional.of("Nieuwe huisstijl\n"), "1a2b3c4 (with uncommitted changes)"));
  }
}
