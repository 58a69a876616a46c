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
import java.time.format.DateTimeFormatter;
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
  /** The three parties who sign, in the order the plan lists them. */
  private static final List<PlanView.Signatory> SIGNATORIES = List.of(
      new PlanView.Signatory("cursist", "plan.sign.trainee"),
      new PlanView.Signatory("werkgever", "plan.sign.employer"),
      new PlanView.Signatory("consulent", "plan.sign.consultant"));
  /** The edition's date as Flemish readers write it. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
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
            .map(use -> new PlanView.KeySkillRow(use.keySkillId(),
                catalogue.keySkill(use.keySkillId()).orElseThrow().title(), markdown.toHtml(use.descriptionMarkdown())))
            .toList();
    List<PlanView.HeaderField> header = header(occupation);
    String versionDate = catalogue.settings().date().map(DATE::format).orElse("");
    PlanView draft = new PlanView(occupation.id(), occupation.title(), header, markdown.toHtml(occupation.descriptionMarkdown()),
        groups, keySkills, SIGNATORIES, "", versionDate, Urls.planPdfPath(occupation.id()), "");
    return new PlanView(draft.occupationId(), draft.occupationTitle(), header, draft.descriptionHtml(), groups, keySkills,
        SIGNATORIES, version(draft, digests), versionDate, draft.pdfPath(), "");
  }

  /**
   * The seed's header lines, then what the three parties need to agree on: who guides the cursist (the mentor is
   * not always the contact person), the VDAB consultant, the IBO period, hours per week and the plan's date.
   */
  private static List<PlanView.HeaderField> header(Occupation occupation) {
    return List.of(
        blank("cursist", "plan.trainee", PlanView.FieldKind.TEXT),
        blank("contractnummer", "plan.contract", PlanView.FieldKind.TEXT),
        blank("bedrijf", "plan.company", PlanView.FieldKind.TEXT),
        blank("contactpersoon", "plan.contact", PlanView.FieldKind.TEXT),
        blank("mentor", "plan.mentor", PlanView.FieldKind.TEXT),
        blank("consulent", "plan.consultant", PlanView.FieldKind.TEXT),
        new PlanView.HeaderField("beroep", "plan.occupation", occupation.title(), PlanView.FieldKind.TEXT),
        new PlanView.HeaderField("duurtijd", "plan.duration.label", occupation.duration().isEmpty() ? null : occupation.duration(),
            PlanView.FieldKind.TEXT),
        blank("ibo-start", "plan.ibo.start", PlanView.FieldKind.DATE),
        blank("ibo-einde", "plan.ibo.end", PlanView.FieldKind.DATE),
        blank("uren-per-week", "plan.hours", PlanView.FieldKind.NUMBER),
        blank("plandatum", "plan.date", PlanView.FieldKind.DATE));
  }

  private static PlanView.HeaderField blank(String name, String labelKey, PlanView.FieldKind kind) {
    return new PlanView.HeaderField(name, labelKey, null, kind);
  }

  /** A short fingerprint of everything the plan shows, printed in its footer so a paper copy can be traced. */
  private static String version(PlanView plan, List<byte[]> competencyDigests) {
    MessageDigest digest = sha256();
    for (Object part : List.of(plan.occupationId(), plan.occupationTitle(), plan.headerFields(), plan.descriptionHtml(), plan.keySkills(), plan.signatories(), plan.versionDate())) {
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
