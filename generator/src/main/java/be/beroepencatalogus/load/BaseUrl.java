package be.beroepencatalogus.load;

import java.net.URI;
import java.net.URISyntaxException;

/** The address the site is published at: an absolute http(s) URL or a root path, always ending in '/'. */
public final class BaseUrl {
  private BaseUrl() {}

  public static boolean isValid(String url) {
    if (url.startsWith("/")) {
      return !url.startsWith("//");
    }
    try {
      URI uri = new URI(url);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
          && uri.getQuery() == null && uri.getFragment() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public static String normalize(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
