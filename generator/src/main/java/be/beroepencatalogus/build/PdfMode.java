package be.beroepencatalogus.build;

/** Whether a build makes the PDF plans. */
public enum PdfMode {
  /** Each plan's PDF, from the cache when its inputs did not change; the cache then keeps only these. */
  RENDER,
  /** No PDFs (a quicker preview): the print pages stay, without a download link, and the cache is left alone. */
  NONE
}
