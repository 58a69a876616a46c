package be.beroepencatalogus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseUrlTest {

  @Test
  void plainPathsAndHttpUrlsAreValid() {
    List<String> valid = List.of("/", "/catalogus/", "/catalogus", "/a-b_c.d~e/f%C3%A9/", "https://example.org/",
        "https://org.github.io/catalogus/", "http://localhost:8000/", "https://example.org", "HTTPS://Example.org/x/");

    assertEquals(valid, valid.stream().filter(BaseUrl::isValid).toList());
  }

  @Test
  void backslashesControlCharactersAndAnythingButAPlainPathOrAnHttpUrlAreInvalid() {
    List<String> invalid = List.of("/\\evil.example/", "\\\\evil.example/", "//evil.example/", "/\\/evil.example/",
        "https://good.example\\@evil.example/", "https://good.example/\\evil/", "/a\tb/", "/a\nb/", "/\u0000/",
        "https://example.org/\u001b[2J/", "/a b/", "/a\"b/", "/<x>/", "/%zz/", "/a//b/", "/a/../b/", "/./",
        "javascript:alert(1)", "ftp://example.org/", "file:///etc/", "https:/example.org/", "https:example.org",
        "https://user@example.org/", "https://example.org/?q=1", "https://example.org/#x", "https:///x/",
        "example.org/", "catalogus/", "", "/caf\u00e9/");

    assertEquals(List.of(), invalid.stream().filter(BaseUrl::isValid).toList());
  }
}
