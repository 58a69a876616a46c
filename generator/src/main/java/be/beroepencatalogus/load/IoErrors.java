package be.beroepencatalogus.load;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file or folder could not be read, in words for an author: the exception's class says it (an
 * {@link AccessDeniedException} has no message of its own, only the path), and class names mean nothing to them.
 */
final class IoErrors {
  private IoErrors() {}

  static String describe(Exception e) {
    Throwable cause = e;
    while ((cause instanceof UncheckedIOException || cause instanceof DirectoryIteratorException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NoSuchFileException) {
      return "it no longer exists";
    }
    if (cause instanceof NotDirectoryException) {
      return "it is not a folder";
    }
    if (cause instanceof FileSystemLoopException) {
      return "it contains itself";
    }
    if (cause instanceof FileSystemException f && f.getReason() != null) {
      // The operating system's own words, such as "Input/output error".
      return f.getReason();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "the operating system refused it" : message;
  }
}
