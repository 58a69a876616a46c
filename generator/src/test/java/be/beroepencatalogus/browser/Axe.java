package be.beroepencatalogus.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs the vendored axe-core (test resources, axe/VERSION) on the current page with the WCAG 2.2 A and AA rules. */
final class Axe {
  private static final String SOURCE = load();
  private static final String RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations']
      }).then(r => done(JSON.stringify({ violations: r.violations, passes: r.passes.length })))
        .catch(e => done(JSON.stringify({ error: String(e) })));
      """;

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Result of one run: readable violations (rule, impact, element, summary) and how many rules passed. */
  record Result(List<String> violations, int passedRules) {}

  static Result run(Browser browser) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    // executeScript goes through the DevTools protocol, which the page's Content-Security-Policy does not govern.
    browser.script(SOURCE + "\nreturn typeof axe;");
    String json = (String) browser.asyncScript(RUN);
    try {
      JsonNode result = new ObjectMapper().readTree(json);
      if (result.has("error")) {
        throw new IllegalStateException("axe failed: " + result.get("error").asText());
      }
      List<String> violations = new ArrayList<>();
      for (JsonNode v : result.get("violations")) {
        for (JsonNode node : v.get("nodes")) {
          violations.add(v.get("id").asText() + " (" + v.get("impact").asText() + ") at " + node.get("target")
              + ": " + node.path("failureSummary").asText().replace('\n', ' '));
        }
      }
      return new Result(violations, result.get("passes").asInt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
