package be.beroepencatalogus.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Words for an unexpected failure: what went wrong and the cause the operating system gave (such as "no space
 * left on device"), never a Java class name; the stack trace is for {@code --debug}.
 */
final class FailureMessages {
  private FailureMessages() {}

  static String describe(Throwable e) {
    Throwable top = e instanceof UncheckedIOException && e.getMessage() == null ? e.getCause() : e;
    String message = top instanceof FileSystemException fs ? fileSystem(fs) : top.getMessage();
    if (message == null || message.isBlank() || message.equals(String.valueOf(top.getCause()))) {
      message = "unexpected failure";
    }
    String cause = rootCause(top);
    if (cause != null && !message.toLowerCase(Locale.ROOT).contains(cause.toLowerCase(Locale.ROOT))) {
      message += ": " + cause;
    }
    if (message.equals("unexpected failure")) {
      message += " (run again with --debug for the details)";
    }
    return message;
  }

  /** The deepest cause that says something in words, as the operating system put it. */
  private static String rootCause(Throwable top) {
    String found = null;
    for (Throwable t = top.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof FileSystemException fs) {
        found = fs.getReason() != null ? lowerFirst(fs.getReason()) : fileSystem(fs);
      } else if (t.getMessage() != null && !t.getMessage().isBlank() && !t.getMessage().contains("Exception")) {
        found = lowerFirst(t.getMessage());
      }
    }
    return found;
  }

  private static String fileSystem(FileSystemException e) {
    String file = e.getFile();
    String what;
    if (e instanceof NoSuchFileException) {
      what = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (e instanceof NotDirectoryException) {
      what = "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      what = "folder not empty";
    } else {
      what = e.getReason() != null ? lowerFirst(e.getReason()) : "cannot access";
    }
    return file == null ? what : file + ": " + what;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
