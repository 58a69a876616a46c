package be.beroepencatalogus.build;

/** What a build made of the plans: plans, PDFs rendered anew, PDFs taken from the cache, PDF bytes written. */
public record PlanStats(int plans, int rendered, int cached, long pdfBytes) {}
