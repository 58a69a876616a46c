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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the {@link PlanView} of an occupation from a checked catalogue. One instance serves one build: a
 * competency's rows and their digest are made once however many occupations print them.
 */
public final class PlanViews {
  private final MarkdownHtml markdown;
  private final Messages messages;
  private final Map<Competency, Fingerprinted> competencies = new ConcurrentHashMap<>();

  /** A competency's part of the plan with a digest of what it shows, from which the plan's version is composed. */
  private record Fingerprinted(PlanView.PlanCompetency view, byte[] digest) {}

  public PlanViews(MarkdownHtml markdown, Messages messages) {
    this.markdown = markdown;
    this.messages = messages;
  }

  /** The plan of {@code occupation}. */
  PlanView of(Catalogue catalogue, Occupation occupation) {
    List<PlanView.GroupSection> groups = new ArrayList<>();
    List<byte[]> digests = new ArrayList<>();
    for (Group group : Group.values()) {
      List<PlanView.PlanCompetency> views = new ArrayList<>();
      for (var use : occupation.competencies(group)) {
        Fingerprinted competency = competencies.computeIfAbsent(catalogue.competency(use.competencyId()).orElseThrow(), this::competency);
        views.add(competency.view());
        digests.add(competency.digest());
      }
      groups.add(new PlanView.GroupSection(group.key(), messages.get("group." + group.key()), views));
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
        version(draft, digests), draft.pdfPath(), "");
  }

  /** A short fingerprint of everything the plan shows, printed in its footer so a paper copy can be traced. */
  private static String version(PlanView plan, List<byte[]> competencyDigests) {
    MessageDigest digest = sha256();
    for (Object part : List.of(plan.occupationId(), plan.occupationTitle(), plan.headerFields(), plan.descriptionHtml(), plan.keySkills())) {
      update(digest, part.toString());
    }
    for (PlanView.GroupSection group : plan.groups()) {
      update(digest, group.key() + "\n" + group.heading() + "\n" + group.competencies().size());
    }
    competencyDigests.forEach(digest::update);
    return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
  }

  private Fingerprinted competency(Competency competency) {
    List<PlanView.Row> rows = new ArrayList<>();
    MessageDigest digest = sha256();
    update(digest, competency.id() + "\n" + competency.title());
    for (Skill s : competency.skills()) {
      PlanView.Row row = new PlanView.Row(rows.size() + 1, s.title(), markdown.toHtml(s.trainingActionsMarkdown()));
      rows.add(row);
      update(digest, row.skillTitle() + "\n" + row.trainingActionsHtml());
    }
    return new Fingerprinted(new PlanView.PlanCompetency(competency.id(), competency.title(), rows), digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
