package be.beroepencatalogus.check;

/** Errors stop a build; warnings are reported and the build goes on. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
