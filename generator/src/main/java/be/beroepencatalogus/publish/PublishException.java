package be.beroepencatalogus.publish;

/**
 * Publishing or reading git failed for a reason the user can act on; the message is one line that says how.
 * Credentials in URLs are masked in the message and in the cause. A usage error (no repository where the
 * command was pointed) is told apart, for its exit code.
 */
public final class PublishException extends RuntimeException {
  private final boolean usage;

  public PublishException(String message) {
    this(message, false);
  }

  private PublishException(String message, boolean usage) {
    super(Credentials.mask(message));
    this.usage = usage;
  }

  public PublishException(String message, Throwable cause) {
    super(Credentials.mask(message), Credentials.masked(cause));
    this.usage = false;
  }

  /** The command was pointed at something that is not a repository it can use. */
  static PublishException usage(String message) {
    return new PublishException(message, true);
  }

  public boolean isUsageError() {
    return usage;
  }
}
