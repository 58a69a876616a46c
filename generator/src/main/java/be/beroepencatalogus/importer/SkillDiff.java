package be.beroepencatalogus.importer;

import be.beroepencatalogus.importer.ImportPlanner.SkillText;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences between the catalogue's competency and an imported one with the same title, as a reviewer reads
 * them: skill by skill, lines only in the catalogue with "-", lines only in the import with "+".
 */
final class SkillDiff {
  private SkillDiff() {}

  static String between(List<SkillText> existing, List<SkillText> imported) {
    List<String> before = lines(existing);
    List<String> after = lines(imported);
    int[][] common = new int[before.size() + 1][after.size() + 1];
    for (int i = before.size() - 1; i >= 0; i--) {
      for (int j = after.size() - 1; j >= 0; j--) {
        common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    String skill = null;
    String printedSkill = null;
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      boolean same = i < before.size() && j < after.size() && before.get(i).equals(after.get(j));
      String line = same || j >= after.size() || (i < before.size() && common[i + 1][j] >= common[i][j + 1]) ? before.get(i) : after.get(j);
      if (line.startsWith("## ")) {
        skill = line;
      }
      if (same) {
        i++;
        j++;
        continue;
      }
      char sign;
      if (j >= after.size() || (i < before.size() && common[i + 1][j] >= common[i][j + 1])) {
        sign = '-';
        i++;
      } else {
        sign = '+';
        j++;
      }
      if (line.startsWith("## ")) {
        printedSkill = line; // the changed heading itself says which skill follows
      } else if (skill != null && !skill.equals(printedSkill)) {
        out.append("      ").append(skill).append('\n');
        printedSkill = skill;
      }
      out.append("    ").append(sign).append(' ').append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> lines(List<SkillText> skills) {
    List<String> lines = new ArrayList<>();
    for (SkillText s : skills) {
      lines.add("## " + s.title());
      lines.addAll(s.actions());
    }
    return lines;
  }
}
