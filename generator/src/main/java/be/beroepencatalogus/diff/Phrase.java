package be.beroepencatalogus.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a diff, written once and printed as plain text or as Markdown: words, the authors' text (quoted),
 * ids, references to an item (its id in text, its title and id in Markdown), anchors and arrows.
 */
public final class Phrase {
  enum Kind {
    WORDS,
    QUOTED,
    ID,
    REF,
    ANCHOR,
    ARROW
  }

  /** One part; {@code title} only for {@link Kind#REF}. */
  record Part(Kind kind, String text, String title) {}

  private final List<Part> parts = new ArrayList<>();

  static Phrase of(String words) {
    return new Phrase().words(words);
  }

  Phrase words(String words) {
    parts.add(new Part(Kind.WORDS, words, null));
    return this;
  }

  Phrase quoted(String text) {
    parts.add(new Part(Kind.QUOTED, text, null));
    return this;
  }

  Phrase id(String id) {
    parts.add(new Part(Kind.ID, id, null));
    return this;
  }

  Phrase ref(String id, String title) {
    parts.add(new Part(Kind.REF, id, title));
    return this;
  }

  Phrase anchor(String anchor) {
    parts.add(new Part(Kind.ANCHOR, anchor, null));
    return this;
  }

  Phrase arrow() {
    parts.add(new Part(Kind.ARROW, null, null));
    return this;
  }

  /** {@code title changed: "Kok" -> "Chef-kok"}, {@code competency added (basis): koken}. */
  public String text() {
    StringBuilder s = new StringBuilder();
    for (Part p : parts) {
      switch (p.kind()) {
        case WORDS, ID -> s.append(p.text());
        case QUOTED -> s.append('"').append(p.text()).append('"');
        case REF -> s.append(p.text());
        case ANCHOR -> s.append('#').append(p.text());
        case ARROW -> s.append(" -> ");
      }
    }
    return s.toString();
  }

  /** {@code title changed: "Kok" → "Chef-kok"}, {@code competency added (basis): Gerechten bereiden (`koken`)}. */
  public String markdown() {
    StringBuilder s = new StringBuilder();
    for (Part p : parts) {
      switch (p.kind()) {
        case WORDS -> s.append(p.text());
        case QUOTED -> s.append('"').append(Markdown.escape(p.text())).append('"');
        case ID -> s.append(Markdown.code(p.text()));
        case REF -> s.append(Markdown.escape(p.title())).append(" (").append(Markdown.code(p.text())).append(')');
        case ANCHOR -> s.append(Markdown.code("#" + p.text()));
        case ARROW -> s.append(" → ");
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
