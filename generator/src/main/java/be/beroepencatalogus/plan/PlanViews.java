package be.beroepencatalogus.plan;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link PlanView} of an occupation from a checked catalogue. */
public final class PlanViews {
  private final MarkdownHtml markdown;
  private final Messages messages;

  public PlanViews(MarkdownHtml markdown, Messages messages) {
    this.markdown = markdown;
    this.messages = messages;
  }

  public PlanView of(Catalogue catalogue, Occupation occupation) {
    List<PlanView.GroupSection> groups = new ArrayList<>();
    for (Group group : Group.values()) {
      List<PlanView.PlanCompetency> competencies =
          occupation.competencies(group).stream()
              .map(use -> catalogue.competency(use.competencyId()).orElseThrow())
              .map(this::competency)
              .toList();
      groups.add(new PlanView.GroupSection(group.key(), messages.get("group." + group.key()), competencies));
    }
    List<PlanView.KeySkillRow> keySkills =
        occupation.keySkills().stream()
            .map(use -> new PlanView.KeySkillRow(
                catalogue.keySkill(use.keySkillId()).orElseThrow().title(), markdown.toHtml(use.descriptionMarkdown())))
            .toList();
    return new PlanView(
        occupation.id(), occupation.title(), occupation.duration(), markdown.toHtml(occupation.descriptionMarkdown()), groups, keySkills);
  }

  private PlanView.PlanCompetency competency(Competency competency) {
    List<PlanView.Row> rows =
        competency.skills().stream()
            .map(s -> new PlanView.Row(s.title(), markdown.toHtml(s.trainingActionsMarkdown())))
            .toList();
    return new PlanView.PlanCompetency(competency.id(), competency.title(), rows);
  }
}
