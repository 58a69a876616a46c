package be.beroepencatalogus.esco;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ESCO occupations a catalogue links to, in the file's order, found by concept URI or by a label (preferred or
 * alternative, compared with {@link EscoLabels#key}). {@code file} is the list's path as the author knows it.
 */
public record EscoList(String file, List<EscoOccupation> occupations, Map<String, EscoOccupation> byUri, Map<String, List<EscoOccupation>> byLabel) {
  public EscoList {
    occupations = List.copyOf(occupations);
    byUri = Map.copyOf(byUri);
    byLabel = Map.copyOf(byLabel);
  }

  /** The list of these occupations; a URI given twice keeps its first occupation. */
  public static EscoList of(String file, List<EscoOccupation> occupations) {
    Map<String, EscoOccupation> byUri = new LinkedHashMap<>();
    Map<String, List<EscoOccupation>> byLabel = new HashMap<>();
    for (EscoOccupation occupation : occupations) {
      byUri.putIfAbsent(occupation.uri(), occupation);
      for (String label : occupation.labels()) {
        String key = EscoLabels.key(label);
        if (!key.isEmpty()) {
          List<EscoOccupation> same = byLabel.computeIfAbsent(key, k -> new java.util.ArrayList<>());
          if (!same.contains(occupation)) {
            same.add(occupation);
          }
        }
      }
    }
    byLabel.replaceAll((k, v) -> List.copyOf(v));
    return new EscoList(file, occupations, byUri, byLabel);
  }

  public Optional<EscoOccupation> byUri(String uri) {
    return Optional.ofNullable(byUri.get(uri));
  }

  /** The occupations that have this label, preferred or alternative, in the list's order; usually one. */
  public List<EscoOccupation> withLabel(String label) {
    return byLabel.getOrDefault(EscoLabels.key(label), List.of());
  }
}
