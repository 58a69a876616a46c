package be.beroepencatalogus.publish;

import java.util.regex.Pattern;

/** Hides the user information of URLs (such as {@code https://user:TOKEN@host/}) in text meant for people and logs. */
public final class Credentials {
  /**
   * A URL's scheme and its user information up to the last {@code @} before the path: a token may be the user
   * name alone ({@code https://TOKEN@github.com/}), and an unencoded {@code @} in a password must not leave its tail.
   */
  private static final Pattern USER_INFO = Pattern.compile("(\\b[A-Za-z][A-Za-z0-9+.-]*://)[^/\\s@]*(?:@[^/\\s@]*)*@");

  private Credentials() {}

  /** {@code text} with every URL's user information replaced by {@code ***}. */
  public static String mask(String text) {
    return text == null ? null : USER_INFO.matcher(text).replaceAll("$1***@");
  }

  /**
   * A copy of {@code error} and its causes with masked messages and the same stack traces, for a cause kept for
   * {@code --debug}: JGit's exceptions name the URL as it was given, password included.
   */
  static Throwable masked(Throwable error) {
    if (error == null) {
      return null;
    }
    Masked copy = new Masked(error.getClass().getName(), mask(error.getMessage()), masked(error.getCause()));
    copy.setStackTrace(error.getStackTrace());
    return copy;
  }

  /** Prints as the original exception would, with its class name. */
  private static final class Masked extends RuntimeException {
    private final String type;

    Masked(String type, String message, Throwable cause) {
      super(message, cause);
      this.type = type;
    }

    @Override
    public String toString() {
      return getMessage() == null ? type : type + ": " + getMessage();
    }
  }
}
