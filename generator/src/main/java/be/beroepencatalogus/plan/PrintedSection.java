package be.beroepencatalogus.plan;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * A competency's section of the print page, rendered once per build as UTF-8 and spliced as it is into every
 * plan that prints the competency: it shows nothing of the occupation (ids and row numbers are the
 * competency's own), so the bytes are the same on every page. The array is handed to the output without a
 * copy ({@code Utf8ByteOutput} keeps a reference to it), so it is never changed after construction.
 */
public final class PrintedSection implements Content {
  private final byte[] utf8;

  PrintedSection(byte[] utf8) {
    this.utf8 = utf8;
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeBinaryContent(utf8);
  }

  /** The bytes themselves, as spliced; not to be changed. */
  byte[] bytes() {
    return utf8;
  }

  @Override
  public String toString() {
    return "PrintedSection[" + utf8.length + " bytes]";
  }
}
