package be.beroepencatalogus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SitePublisherTest {
  @Test
  void aCustomDomainIsTheBaseUrlsHostUnlessGithubsOwnOrReserved() {
    assertEquals(Optional.of("beroepen.vdab.be"), SitePublisher.customDomain("https://beroepen.vdab.be/"));
    assertEquals(Optional.of("www.catalogus.be"), SitePublisher.customDomain("https://WWW.Catalogus.be/plannen/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("https://org.github.io/catalogus/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("https://beroepencatalogus.example/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("https://example.org/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("http://localhost:8000/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("http://127.0.0.1/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("http://[::1]/"));
    assertEquals(Optional.empty(), SitePublisher.customDomain("/catalogus/"));
  }

  @Test
  void theCommitMessageNamesTheSourceCommit() {
    assertEquals("Publish site built from 1a2b3c4\n", SitePublisher.message(Optional.empty(), "1a2b3c4"));
    assertEquals("Nieuwe huisstijl\n\nBuilt from 1a2b3c4 (with uncommitted changes)\n",
        SitePublisher.message(Optional.of("Nieuwe huisstijl\n"), "1a2b3c4 (with uncommitted changes)"));
  }
}
