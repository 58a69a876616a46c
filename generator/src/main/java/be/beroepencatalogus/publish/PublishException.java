package be.beroepencatalogus.publish;

/**
 * Publishing or reading git failed for a reason the user can act on; the message is one line that says how.
 * Credentials in URLs are masked in the message and in the cause.
 */
public final class PublishException extends RuntimeException {
  public PublishException(String message) {
    super(Credentials.mask(message));
  }

  public PublishException(String message, Throwable cause) {
    super(Credentials.mask(message), Credentials.masked(cause));
  }
}
