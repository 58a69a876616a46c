package be.beroepencatalogus.load;

import be.beroepencatalogus.model.Slugs;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/** Scaffolds a new, valid, commented source file for an occupation, a competency or a key skill. */
public final class NewSource {
  /** The kinds of source, as the command line names them. */
  public enum Kind {
    OCCUPATION("occupation", ContentLayout.OCCUPATIONS_DIR),
    COMPETENCY("competency", ContentLayout.COMPETENCIES_DIR),
    KEY_SKILL("key-skill", ContentLayout.KEY_SKILLS_DIR);

    private final String name;
    private final String folder;

    Kind(String name, String folder) {
      this.name = name;
      this.folder = folder;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * What an occupation's scaffold is filled with beyond its title, as the reference it comes from (ESCO) gives it:
   * other names, the description as Markdown, the ESCO concept URI and the ISCO-08 code; empty when not known.
   */
  public record Prefill(List<String> aliases, String descriptionMarkdown, String esco, String isco) {
    public static final Prefill NONE = new Prefill(List.of(), "", "", "");

    public Prefill {
      aliases = List.copyOf(aliases);
    }
  }

  private NewSource() {}

  /** The id a title gets: accents folded, lower case, hyphens ("Potentiële klanten" -> "potentiele-klanten"). */
  public static String idFor(String title) {
    return Slugs.fromTitle(title, 60);
  }

  /**
   * Writes the file and returns its path. Refuses to overwrite ({@link FileAlreadyExistsException}); the
   * title must give a usable id ({@link IllegalArgumentException}).
   */
  public static Path create(Path contentDir, Kind kind, String title, List<String> existingCompetencies) throws IOException {
    return create(contentDir, kind, title, Prefill.NONE, existingCompetencies);
  }

  /** As {@link #create(Path, Kind, String, List)}, an occupation filled in from {@code prefill}. */
  public static Path createOccupation(Path contentDir, String title, Prefill prefill, List<String> existingCompetencies) throws IOException {
    return create(contentDir, Kind.OCCUPATION, title, prefill, existingCompetencies);
  }

  private static Path create(Path contentDir, Kind kind, String title, Prefill prefill, List<String> existingCompetencies) throws IOException {
    String id = idFor(title);
    if (!Slugs.isValidId(id)) {
      throw new IllegalArgumentException("the title '" + title + "' gives no usable id: use letters or digits");
    }
    Path file = contentDir.resolve(kind.folder).resolve(id + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text(kind, title, prefill, existingCompetencies), StandardOpenOption.CREATE_NEW);
    return file;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String text(Kind kind, String title, Prefill prefill, List<String> competencies) {
    return switch (kind) {
      case OCCUPATION -> """
          ---
          # Naam van het beroep, zoals het op de site en in het opleidingsplan verschijnt.
          title: %s
          # Andere namen waaronder mensen het beroep zoeken (mag leeg blijven).
          aliases:%s
          # Indicatieve duurtijd van de opleiding, bv. "6 maanden" (mag leeg blijven).
          duration: ""
          # Sector (mag leeg blijven).
          sector: ""
          %s# De competenties (bestanden in competenties/, zonder .md), in de volgorde van het plan.
          competencies:
            # A. Jobgerelateerde competenties: basis
            basis:
          %s
            # B. Jobgerelateerde competenties: specifiek
            specifiek: []
          # C. Sleutelvaardigheden: id (bestand in sleutelvaardigheden/) en wat ze voor dit beroep betekent.
          key_skills: []
          ---

          %s
          """.formatted(quoted(title), aliases(prefill.aliases()), codes(prefill),
              competencies.isEmpty()
              ? "      [] # voeg hier competenties toe: maak ze met ./catalog new competency \"Titel\""
              : "      - " + competencies.get(0) + " # vervang door de competenties van dit beroep",
              prefill.descriptionMarkdown().isEmpty() ? "Beschrijf hier in een paar alinea's wat iemand in dit beroep doet." : prefill.descriptionMarkdown());
      case COMPETENCY -> """
          ---
          # De competentie zoals het opleidingsplan ze noemt. De bestandsnaam is de id: verander die niet meer.
          title: %s
          ---

          ## Eerste onderliggende kennis of vaardigheid

          Elke vaardigheid is een kop met ##. Schrijf eronder de opleidingsacties: alinea's of een lijst.

          - Een opleidingsactie
          - Nog een opleidingsactie
          """.formatted(quoted(title));
      case KEY_SKILL -> """
          ---
          # De sleutelvaardigheid. Wat ze voor een beroep betekent, staat in dat beroep onder key_skills.
          title: %s
          ---

          Schrijf hier de algemene omschrijving van de sleutelvaardigheid.
          """.formatted(quoted(title));
    };
  }

  private static String aliases(List<String> aliases) {
    StringBuilder yaml = new StringBuilder(aliases.isEmpty() ? " []" : "");
    aliases.forEach(alias -> yaml.append("\n  - ").append(quoted(alias)));
    return yaml.toString();
  }

  /** The ESCO lines, with a comment saying where the prefilled text comes from; nothing without a URI. */
  private static String codes(Prefill prefill) {
    if (prefill.esco().isEmpty()) {
      return "";
    }
    return "# Titel, andere namen en beschrijving komen uit ESCO (Europese Commissie, esco.ec.europa.eu): pas ze gerust aan.\n"
        + "# Het ESCO-beroep en zijn ISCO-08-beroepsgroep.\n"
        + "esco: " + prefill.esco() + "\n"
        + (prefill.isco().isEmpty() ? "" : "isco: " + quoted(prefill.isco()) + "\n");
  }

  /** For messages: "occupation", "competency" or "key-skill". */
  public static String label(Kind kind) {
    return kind.toString().toLowerCase(Locale.ROOT);
  }
}
