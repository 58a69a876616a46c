package be.beroepencatalogus.build;

import java.io.IOException;

/**
 * The build will not write to the output folder asked for: it is not a site the build made, it holds the
 * content or a repository, or another build is writing it. A usage error: nothing was changed.
 */
public final class OutputRefusedException extends IOException {
  OutputRefusedException(String message) {
    super(message);
  }
}
