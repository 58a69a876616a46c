package be.beroepencatalogus.build;

/** What the build exported for search in the browser: entries indexed, files and bytes written. */
public record SearchStats(int entries, int files, long bytes) {}
