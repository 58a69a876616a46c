package be.beroepencatalogus.esco;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads ESCO's occupations CSV as ESCO publishes it: a header naming the columns (at least conceptUri, iscoGroup and
 * preferredLabel; altLabels, description and conceptType are read when present), then one record per concept, where a
 * quoted cell may hold line breaks and multi-valued cells hold one value per line. Rows of another conceptType are
 * skipped. Anything else is a {@link MalformedException} with the line of the record.
 */
public final class EscoCsv {
  private static final List<String> REQUIRED = List.of("conceptUri", "iscoGroup", "preferredLabel");
  private static final Pattern ISCO_GROUP = Pattern.compile("[0-9]{1,4}");

  private EscoCsv() {}

  /** The CSV is malformed at a line (1-based): an unclosed quote, a record of the wrong width, a missing column. */
  public static final class MalformedException extends Exception {
    private final int line;

    MalformedException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** Parses {@code text}, the content of the file shown to authors as {@code file}. */
  public static EscoList parse(String file, String text) throws MalformedException {
    List<EscoOccupation> occupations = new ArrayList<>();
    try (CsvParser parser = new CsvFactory().createParser(new StringReader(text))) {
      Map<String, Integer> columns = null;
      Map<String, Integer> seenUris = new HashMap<>();
      List<String> cells = new ArrayList<>();
      int recordLine = 1;
      boolean inRecord = false;
      try {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          inRecord = token != JsonToken.END_ARRAY;
          if (token == JsonToken.START_ARRAY) {
            cells.clear();
          } else if (token == JsonToken.VALUE_STRING) {
            if (cells.isEmpty()) {
              // A record's line is its first cell's: the record's own start is placed at the end of the line before.
              recordLine = Math.max(1, parser.currentTokenLocation().getLineNr());
            }
            cells.add(parser.getText());
          } else if (token == JsonToken.END_ARRAY && columns == null) {
            columns = header(cells, recordLine);
          } else if (token == JsonToken.END_ARRAY && !(cells.size() == 1 && cells.get(0).isBlank())) {
            record(columns, cells, recordLine, seenUris).ifPresent(occupations::add);
          }
        }
      } catch (JsonProcessingException e) {
        // An unclosed quote is noticed at the end of the file: the record it opened is where to look.
        int line = inRecord ? recordLine : e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        throw new MalformedException(line, "not a valid CSV file: " + e.getOriginalMessage());
      }
      if (columns == null) {
        throw new MalformedException(1, "the file is empty: expected ESCO's header line with " + String.join(", ", REQUIRED));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return EscoList.of(file, occupations);
  }

  private static Map<String, Integer> header(List<String> cells, int line) throws MalformedException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      columns.putIfAbsent(cells.get(i).strip(), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new MalformedException(line, "the header has no column " + String.join(", ", missing)
          + ": expected ESCO's occupations CSV (conceptUri, iscoGroup, preferredLabel, altLabels, description, ...)");
    }
    columns.put("", cells.size()); // the width every record must have
    return columns;
  }

  private static Optional<EscoOccupation> record(Map<String, Integer> columns, List<String> cells, int line, Map<String, Integer> seenUris)
      throws MalformedException {
    if (cells.size() != columns.get("")) {
      throw new MalformedException(line, "the record has " + cells.size() + " fields, the header " + columns.get(""));
    }
    String type = cell(columns, cells, "conceptType");
    if (!type.isEmpty() && !type.equals("Occupation")) {
      return Optional.empty();
    }
    String uri = cell(columns, cells, "conceptUri");
    String label = cell(columns, cells, "preferredLabel");
    String isco = cell(columns, cells, "iscoGroup");
    if (uri.isEmpty() || label.isEmpty()) {
      throw new MalformedException(line, "the record has no " + (uri.isEmpty() ? "conceptUri" : "preferredLabel"));
    }
    if (!ISCO_GROUP.matcher(isco).matches()) {
      throw new MalformedException(line, "iscoGroup '" + isco + "' is no ISCO-08 code (1 to 4 digits)");
    }
    Integer earlier = seenUris.putIfAbsent(uri, line);
    if (earlier != null) {
      throw new MalformedException(line, "the conceptUri " + uri + " is also on line " + earlier);
    }
    List<String> alternatives = new ArrayList<>();
    for (String alternative : cell(columns, cells, "altLabels").split("\n")) {
      String clean = alternative.strip();
      if (!clean.isEmpty() && !clean.equals(label) && !alternatives.contains(clean)) {
        alternatives.add(clean);
      }
    }
    return Optional.of(new EscoOccupation(uri, isco, label, alternatives, cell(columns, cells, "description").strip()));
  }

  /** The cell of a column, stripped; empty when the file has no such column. */
  private static String cell(Map<String, Integer> columns, List<String> cells, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : cells.get(index).strip();
  }
}
