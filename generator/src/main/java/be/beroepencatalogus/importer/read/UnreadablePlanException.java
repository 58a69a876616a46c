package be.beroepencatalogus.importer.read;

/** A file that cannot be read as a plan (corrupt, encrypted, too big, not a document, no text); the message says why in words. */
public final class UnreadablePlanException extends Exception {
  public UnreadablePlanException(String message) {
    super(message);
  }

  public UnreadablePlanException(String message, Throwable cause) {
    super(message, cause);
  }
}
