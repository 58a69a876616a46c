package be.beroepencatalogus.publish;

/** Publishing or reading git failed for a reason the user can act on; the message is one line that says how. */
public final class PublishException extends RuntimeException {
  public PublishException(String message) {
    super(message);
  }

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
