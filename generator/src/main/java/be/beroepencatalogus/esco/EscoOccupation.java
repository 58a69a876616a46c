package be.beroepencatalogus.esco;

import java.util.ArrayList;
import java.util.List;

/**
 * One occupation of the ESCO list: its concept URI, its ISCO-08 unit group (four digits), its preferred label, its
 * alternative labels in the list's order, and its description (may be empty). Labels are as the text given to
 * {@link EscoCsv} has them: read from the content folder, that text is normalised (no soft hyphens).
 */
public record EscoOccupation(String uri, String iscoGroup, String preferredLabel, List<String> altLabels, String description) {
  public EscoOccupation {
    altLabels = List.copyOf(altLabels);
  }

  /** The preferred label first, then the alternative ones. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>(altLabels.size() + 1);
    labels.add(preferredLabel);
    labels.addAll(altLabels);
    return labels;
  }

  /** The preferred label as a title: its first letter upper case ("kok" -> "Kok"), as ESCO writes labels in lower case. */
  public String title() {
    return preferredLabel.isEmpty() ? preferredLabel
        : preferredLabel.substring(0, preferredLabel.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT)
            + preferredLabel.substring(preferredLabel.offsetByCodePoints(0, 1));
  }

  /** Whether an ISCO-08 code (1 to 4 digits) is this occupation's unit group or a group that contains it. */
  public boolean inIscoGroup(String code) {
    return !code.isEmpty() && iscoGroup.startsWith(code);
  }
}
