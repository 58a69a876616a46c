package be.beroepencatalogus.model;

import java.util.List;

/**
 * One line of content/synoniemen.yaml: terms (a word or a few) that search treats as the same ({@code klantendienst =
 * klantenservice = customer service}: each finds the pages of the others) or, {@code oneWay}, a term that also finds
 * the pages of the next ones ({@code telefonist -> onthaalmedewerker}: "telefonist" finds pages about a
 * receptionist, not the other way round).
 */
public record SynonymRule(List<String> terms, boolean oneWay, SourceRef source) {
  public SynonymRule {
    terms = List.copyOf(terms);
  }
}
