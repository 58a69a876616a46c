package be.beroepencatalogus.plan;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.Urls;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
    List<PlanView.HeaderField> header = List.of(
        new PlanView.HeaderField("cursist", "plan.trainee", null),
        new PlanView.HeaderField("contractnummer", "plan.contract", null),
        new PlanView.HeaderField("bedrijf", "plan.company", null),
        new PlanView.HeaderField("contactpersoon", "plan.contact", null),
        new PlanView.HeaderField("beroep", "plan.occupation", occupation.title()),
        new PlanView.HeaderField("duurtijd", "plan.duration.label", occupation.duration().isEmpty() ? null : occupation.duration()));
    PlanView draft = new PlanView(occupation.id(), occupation.title(), header, markdown.toHtml(occupation.descriptionMarkdown()),
        groups, keySkills, "", Urls.planPdfPath(occupation.id()), "");
    return new PlanView(draft.occupationId(), draft.occupationTitle(), header, draft.descriptionHtml(), groups, keySkills,
        version(draft), draft.pdfPath(), "");
  }

  /** A short fingerprint of everything the plan shows, printed in its footer so a paper copy can be traced. */
  private static String version(PlanView plan) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(plan.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private PlanView.PlanCompetency competency(Competency competency) {
    List<PlanView.Row> rows = new ArrayList<>();
    for (Skill s : competency.skills()) {
      rows.add(new PlanView.Row(rows.size() + 1, s.title(), markdown.toHtml(s.trainingActionsMarkdown())));
    }
    return new PlanView.PlanCompetency(competency.id(), competency.title(), rows);
  }
}
