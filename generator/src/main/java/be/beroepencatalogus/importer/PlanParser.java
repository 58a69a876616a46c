package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportedPlan.ImportedCompetency;
import be.beroepencatalogus.importer.ImportedPlan.ImportedKeySkill;
import be.beroepencatalogus.importer.ImportedPlan.ImportedSkill;
import be.beroepencatalogus.importer.ImportedPlan.TextBlock;
import be.beroepencatalogus.importer.read.PlanDocument;
import be.beroepencatalogus.importer.read.PlanDocument.Block;
import be.beroepencatalogus.importer.read.PlanDocument.Cell;
import be.beroepencatalogus.importer.read.PlanDocument.Paragraph;
import be.beroepencatalogus.importer.read.PlanDocument.Row;
import be.beroepencatalogus.importer.read.PlanDocument.Table;
import be.beroepencatalogus.model.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the layout of an opleidingsplan: the header form (whose blanks are not content), "Beroep:" and
 * "Indicatieve duurtijd:", the description, the table of contents (skipped: the tables say the same), the
 * groups A (basis) and B (specifiek) with one four-column table per competency, and the key-skills table under C.
 * Headings are matched on their words, so the variants real plans have ("Jobgelateerde", "B.Jobgerelateerde
 * competenties : specifiek", "C . Sleutelvaardigheden", numbering made by Word itself) are understood.
 */
public final class PlanParser {
  private static final Pattern FORM_FIELD = Pattern.compile(
      "(?i)^(cursist(?:\\(e\\))?|contractnummer|bedrijf|contactpersoon|mentor|vdab-consulent|begindatum ibo|einddatum ibo|uren per week"
          + "|datum van het plan)\\s*:\\s*(.*)$");
  private static final Pattern OCCUPATION = Pattern.compile("(?i)^beroep\\s*:\\s*(.*)$");
  private static final Pattern DURATION = Pattern.compile("(?i)^indicatieve\\s+duurtijd\\s*:\\s*(.*)$");
  /** The document's own title ("Opleidingsplan: Medewerker callcenter", as this catalogue's PDFs have it). */
  private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?i)^opleidingsplan\\b.*$");
  private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:1\\s*\\.\\s*)?de\\s+competenties\\s*:?\\s*inhoudstafel$|^inhoudstafel$");
  private static final Pattern PLANNED = Pattern.compile("(?i)^(?:2\\s*\\.\\s*)?geplande\\s+opleidingsacties$");
  private static final Pattern GROUP = Pattern.compile("(?i)^(?:[ab]\\s*\\.\\s*)?job\\p{L}*\\s+competenties\\s*:\\s*(basis|specifiek)$");
  /** The signatures this catalogue's own plans end with: a form for one cursist's plan, not content. */
  private static final Pattern SIGNATURES = Pattern.compile("(?i)^(?:3\\s*\\.\\s*)?handtekeningen$");
  private static final Pattern KEY_SKILLS = Pattern.compile("(?i)^(?:c\\s*\\.\\s*)?sleutelvaardigheden$");
  private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:(?:pagina|p\\.)\\s*)?\\d{1,3}(?:\\s*(?:van|/)\\s*\\d{1,3})?$", Pattern.CASE_INSENSITIVE);
  private static final List<String> SKILL_HEADER = List.of("onderliggende kennis en vaardigheden", "opleidingsacties", "voorziene einddatum", "afgewerkt op");
  private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25CF\\u25E6\\u2023\\u2043\\u25AA\\u25A0\\u2013\\-\\*\\uF0B7\\uF0A7]\\s+");

  private enum Part { HEADER, DESCRIPTION, CONTENTS, PLAN, KEY_SKILLS, SIGNATURES }

  private final String file;
  private final boolean listsMarked;
  private final List<String> notes = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private Part part = Part.HEADER;
  private String title;
  private String duration = "";
  private final List<String> description = new ArrayList<>();
  private Group group;
  private String pendingTitle;
  private String pendingWhere;
  private final List<ImportedCompetency> competencies = new ArrayList<>();
  private final List<ImportedKeySkill> keySkills = new ArrayList<>();
  private boolean titleOnNextLine;
  private boolean blankSincePending;

  private PlanParser(String file, boolean listsMarked) {
    this.file = file;
    this.listsMarked = listsMarked;
  }

  /**
   * The plan in {@code document}; {@code listsMarked} says whether the format marks list items (Word does, a text
   * export does not: there a run of short lines after a line ending in ':' is taken as a list).
   */
  public static ImportedPlan parse(PlanDocument document, boolean listsMarked) throws PlanNotUnderstoodException {
    PlanParser parser = new PlanParser(document.file(), listsMarked);
    for (Block block : document.blocks()) {
      if (block instanceof Paragraph p) {
        parser.paragraph(p);
      } else if (block instanceof Table t) {
        parser.table(t);
      }
    }
    return parser.result();
  }

  private ImportedPlan result() throws PlanNotUnderstoodException {
    if (title == null || title.isBlank()) {
      errors.add(0, "no 'Beroep:' line with the occupation's title: this does not look like an opleidingsplan");
    } else if (competencies.isEmpty() && errors.isEmpty()) {
      errors.add("no competency tables (Onderliggende kennis en vaardigheden | Opleidingsacties | Voorziene einddatum | Afgewerkt op)"
          + (file.toLowerCase(Locale.ROOT).endsWith(".txt")
              ? "; a text export must start each table cell with a tab, as Word's does: import the Word file instead" : ""));
    }
    if (pendingTitle != null) {
      notes.add(pendingWhere + ": text not understood, left out: '" + abbreviate(pendingTitle) + "'");
    }
    if (description.isEmpty() && errors.isEmpty()) {
      errors.add("no description of the occupation after 'Beroep:' / 'Indicatieve duurtijd:'");
    }
    if (!errors.isEmpty()) {
      throw new PlanNotUnderstoodException(file, errors);
    }
    String capitalised = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
    return new ImportedPlan(file, capitalised, duration, description, competencies, keySkills, notes);
  }

  private void paragraph(Paragraph given) {
    Paragraph p = given;
    if (given.text().indexOf('\n') >= 0) {
      // Lines broken by hand within one paragraph: separate paragraphs of a description, sentences of a title.
      List<String> lines = lines(given.text());
      if (part == Part.DESCRIPTION && lines.size() > 1 && !OCCUPATION.matcher(lines.get(0)).matches()) {
        lines.forEach(line -> paragraph(new Paragraph(line, given.listItem(), given.where())));
        return;
      }
      p = new Paragraph(lines.stream().reduce("", PlanParser::sentences), given.listItem(), given.where());
    }
    String text = WordText.clean(p.text());
    if (text.isEmpty()) {
      blankSincePending = true;
      return;
    }
    if (PAGE_NUMBER.matcher(text).matches()) {
      return;
    }
    Matcher m;
    if ((m = FORM_FIELD.matcher(text)).matches()) {
      if (!m.group(2).isBlank()) {
        notes.add(p.where() + ": the form field '" + m.group(1) + "' is filled in; a plan's form is not content, it was left out");
      }
      return;
    }
    if (part == Part.HEADER || part == Part.DESCRIPTION) {
      if ((m = OCCUPATION.matcher(text)).matches()) {
        title = m.group(1).strip();
        titleOnNextLine = title.isEmpty();
        part = Part.DESCRIPTION;
        return;
      }
      if ((m = DURATION.matcher(text)).matches()) {
        duration = m.group(1).strip();
        part = Part.DESCRIPTION;
        return;
      }
      if (titleOnNextLine) {
        title = text;
        titleOnNextLine = false;
        return;
      }
    }
    if (CONTENTS.matcher(text).matches()) {
      part = Part.CONTENTS;
      return;
    }
    if (PLANNED.matcher(text).matches()) {
      part = Part.PLAN;
      return;
    }
    if ((m = GROUP.matcher(text)).matches()) {
      group = m.group(1).equalsIgnoreCase("basis") ? Group.BASIS : Group.SPECIFIEK;
      part = Part.PLAN;
      dropPendingTitle();
      return;
    }
    if (KEY_SKILLS.matcher(text).matches()) {
      part = Part.KEY_SKILLS;
      dropPendingTitle();
      return;
    }
    if (SIGNATURES.matcher(text).matches()) {
      part = Part.SIGNATURES;
      dropPendingTitle();
      return;
    }
    if (part == Part.HEADER && DOCUMENT_TITLE.matcher(text).matches()) {
      return;
    }
    switch (part) {
      case HEADER -> notes.add(p.where() + ": text before 'Beroep:' left out: '" + abbreviate(text) + "'");
      case DESCRIPTION -> description.add(text);
      case CONTENTS -> { } // the table of contents repeats the competencies' titles, with page numbers glued on
      case PLAN -> {
        if (pendingTitle != null && !blankSincePending) {
          pendingTitle = sentences(pendingTitle, text); // a title over two lines
        } else {
          dropPendingTitle();
          pendingTitle = text;
          pendingWhere = p.where();
        }
        blankSincePending = false;
      }
      case KEY_SKILLS -> notes.add(p.where() + ": text under 'C. Sleutelvaardigheden' outside its table left out: '" + abbreviate(text) + "'");
      case SIGNATURES -> { } // names, places and dates of the signing parties
    }
  }

  private void dropPendingTitle() {
    if (pendingTitle != null) {
      notes.add(pendingWhere + ": text not understood, left out: '" + abbreviate(pendingTitle) + "'");
      pendingTitle = null;
    }
  }

  private void table(Table table) {
    int header = skillHeaderRow(table);
    if (header >= 0) {
      skillsTable(table, header);
    } else if (!table.rows().isEmpty() && cellText(table.rows().get(0).cell(0)).equalsIgnoreCase("sleutelvaardigheid")) {
      keySkillsTable(table);
    } else {
      // A table that holds no plan part (a header form laid out in a table): its rows read as lines.
      for (Row row : table.rows()) {
        String line = String.join(" ", row.cells().stream().map(PlanParser::cellText).filter(t -> !t.isEmpty()).toList());
        paragraph(new Paragraph(line, false, row.where()));
      }
    }
  }

  /** The index of the row naming the four columns: the first, or the second under a title row spanning the table. */
  private static int skillHeaderRow(Table table) {
    for (int i = 0; i < Math.min(2, table.rows().size()); i++) {
      if (isSkillHeader(table.rows().get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSkillHeader(Row row) {
    for (int i = 0; i < 2; i++) {
      if (!cellText(row.cell(i)).toLowerCase(Locale.ROOT).equals(SKILL_HEADER.get(i))) {
        return false;
      }
    }
    return true;
  }

  private void skillsTable(Table table, int header) {
    String competencyTitle = pendingTitle;
    String where = pendingWhere != null ? pendingWhere : table.where();
    pendingTitle = null;
    pendingWhere = null;
    if (header == 1) {
      competencyTitle = cellText(table.rows().get(0).cell(0));
      where = table.rows().get(0).where();
    }
    if (part != Part.PLAN || group == null) {
      errors.add(table.where() + ": a competency table before 'A. Jobgerelateerde competenties: basis' or 'B. ... specifiek'");
      return;
    }
    if (competencyTitle == null || competencyTitle.isBlank()) {
      errors.add(table.where() + ": a competency table without the competency's title above it");
      return;
    }
    List<ImportedSkill> skills = new ArrayList<>();
    String skillTitle = null;
    List<TextBlock> actions = new ArrayList<>();
    for (int r = header + 1; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      if (isSkillHeader(row) || row.isBlank()) {
        continue; // the header row again, repeated on a new page
      }
      Cell skillCell = row.cell(0);
      String skill = skillTitle(skillCell);
      boolean sameSkill = skillCell.continuesAbove() || skill.isEmpty();
      if (!sameSkill) {
        if (skillTitle != null) {
          skills.add(skill(skillTitle, actions, row.where()));
        }
        skillTitle = skill;
        actions = new ArrayList<>();
      } else if (skillTitle == null) {
        errors.add(row.where() + ": training actions without a skill in the first column");
        continue;
      }
      actions.addAll(blocks(row.cell(1)));
      for (int c = 2; c <= 3; c++) {
        if (!row.cell(c).isBlank() && row.cell(c).column() >= 2) {
          notes.add(row.where() + ": a date filled in ('" + abbreviate(cellText(row.cell(c))) + "') belongs to one cursist's plan; left out");
        }
      }
    }
    if (skillTitle != null) {
      skills.add(skill(skillTitle, actions, table.where()));
    }
    if (skills.isEmpty()) {
      errors.add(where + ": the competency '" + abbreviate(competencyTitle) + "' has a table but no skills in it");
      return;
    }
    competencies.add(new ImportedCompetency(competencyTitle, group, skills, where));
  }

  private ImportedSkill skill(String title, List<TextBlock> actions, String where) {
    if (actions.isEmpty()) {
      errors.add(where + ": the skill '" + abbreviate(title) + "' has no training actions");
    }
    return new ImportedSkill(title, listsMarked ? actions : inferLists(actions));
  }

  private void keySkillsTable(Table table) {
    if (part != Part.KEY_SKILLS) {
      notes.add(table.where() + ": a key-skills table without the heading 'C. Sleutelvaardigheden' above it");
    }
    for (int r = 1; r < table.rows().size(); r++) {
      Row row = table.rows().get(r);
      String name = cellText(row.cell(0));
      String text = String.join(" ", blocks(row.cell(1)).stream().map(TextBlock::text).toList());
      if (name.isEmpty() && text.isEmpty()) {
        continue;
      }
      if (name.isEmpty()) {
        errors.add(row.where() + ": a key skill's description without its name");
      } else if (text.isEmpty()) {
        errors.add(row.where() + ": the key skill '" + abbreviate(name) + "' has no description");
      } else {
        keySkills.add(new ImportedKeySkill(name, text, row.where()));
      }
    }
  }

  /** A skill's title; where the cell holds more than one paragraph they are read as sentences of one title. */
  private static String skillTitle(Cell cell) {
    String title = "";
    for (Paragraph p : cell.paragraphs()) {
      for (String line : lines(p.text())) {
        title = sentences(title, line);
      }
    }
    return title;
  }

  /** A paragraph's lines (as broken by hand), cleaned, without empty ones. */
  private static List<String> lines(String text) {
    return java.util.Arrays.stream(text.split("\n")).map(WordText::clean).filter(t -> !t.isEmpty()).toList();
  }

  /** Two lines of a title as one: a full stop between them unless the first ends in punctuation. */
  private static String sentences(String first, String second) {
    if (first.isEmpty()) {
      return second;
    }
    return first + (".!?:;".indexOf(first.charAt(first.length() - 1)) >= 0 ? " " : ". ") + second;
  }

  private static String cellText(Cell cell) {
    return WordText.clean(cell.text());
  }

  /** A cell's paragraphs as text blocks; a leading bullet character marks a list item where the format kept only the glyph. */
  private static List<TextBlock> blocks(Cell cell) {
    List<TextBlock> blocks = new ArrayList<>();
    for (Paragraph p : cell.paragraphs()) {
      for (String line : lines(p.text())) {
        String text = line;
        Matcher bullet = BULLET.matcher(text);
        boolean listItem = p.listItem();
        if (bullet.find()) {
          text = text.substring(bullet.end());
          listItem = true;
        }
        if (!text.isEmpty()) {
          blocks.add(new TextBlock(text, listItem));
        }
      }
    }
    return blocks;
  }

  /**
   * Where the format lost the bullets (a text export), a line ending in ':' followed by two or more short lines
   * without a full stop is a list, as a word processor would have shown it.
   */
  private static List<TextBlock> inferLists(List<TextBlock> blocks) {
    List<TextBlock> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).text().endsWith(":")) {
        continue;
      }
      int end = i + 1;
      while (end < out.size() && isListLike(out.get(end).text())) {
        end++;
      }
      if (end - i - 1 >= 2) {
        for (int j = i + 1; j < end; j++) {
          out.set(j, new TextBlock(out.get(j).text(), true));
        }
      }
    }
    return out;
  }

  private static boolean isListLike(String text) {
    return text.length() <= 50 && !text.endsWith(".") && !text.endsWith(":");
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
