package be.beroepencatalogus.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The address the site is published at: an absolute http(s) URL or a root path, always ending in '/'. It is
 * written into every link of every page, so only plain forms pass: browsers read {@code /\evil.example/} as
 * {@code //evil.example/}, another host, and they drop tabs and line breaks from URLs.
 */
public final class BaseUrl {
  /**
   * A path from the root: segments of URL path characters (RFC 3986 pchar, ASCII only, percent-escapes whole),
   * none empty, none '.' or '..'; the final '/' may be left out.
   */
  private static final Pattern PLAIN_PATH =
      Pattern.compile("/|(/(?!\\.\\.?(/|$))([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+)+/?");
  /** A host name or an IPv4 address, with an optional port: no user name, no IPv6 literal. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?");

  public static final String HINT = "use an absolute http(s) URL such as https://example.org/catalogus/, or a path starting with /";

  private BaseUrl() {}

  public static boolean isValid(String url) {
    if (url.startsWith("/")) {
      return PLAIN_PATH.matcher(url).matches();
    }
    int hostStart = url.indexOf("://");
    if (hostStart < 0) {
      return false;
    }
    String scheme = url.substring(0, hostStart);
    if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
      return false;
    }
    int pathStart = url.indexOf('/', hostStart + 3);
    String host = pathStart < 0 ? url.substring(hostStart + 3) : url.substring(hostStart + 3, pathStart);
    String path = pathStart < 0 ? "/" : url.substring(pathStart);
    if (!HOST.matcher(host).matches() || !PLAIN_PATH.matcher(path).matches()) {
      return false;
    }
    try {
      // What is left is plain ASCII; the URI parser has the last word on the host and the port.
      URI uri = new URI(url);
      return uri.getHost() != null && uri.getPort() <= 65_535;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public static String normalize(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
