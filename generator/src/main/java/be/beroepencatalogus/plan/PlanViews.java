package be.beroepencatalogus.plan;

import be.beroepencatalogus.model.Catalogue;
import be.beroepencatalogus.model.Competency;
import be.beroepencatalogus.model.Group;
import be.beroepencatalogus.model.Occupation;
import be.beroepencatalogus.model.Skill;
import be.beroepencatalogus.render.MarkdownHtml;
import be.beroepencatalogus.render.Messages;
import be.beroepencatalogus.render.Urls;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Builds the {@link PlanView} of an occupation from a checked catalogue. One instance serves one build: a
 * competency's rows and its section of the print page are made once however many occupations print them.
 */
public final class PlanViews {
  private final MarkdownHtml markdown;
  private final Messages messages;
  private final Map<Competency, Fingerprinted> competencies = new ConcurrentHashMap<>();

  /** A competency's part of the plan with a digest of its printed section, from which the plan's version is composed. */
  private record Fingerprinted(PlanView.PlanCompetency view, byte[] digest) {}

  public PlanViews(MarkdownHtml markdown, Messages messages) {
    this.markdown = markdown;
    this.messages = messages;
  }

  /**
   * The plan of {@code occupation}. {@code print} renders a competency's section of the print page as UTF-8; it
   * is called once per competency, so one instance must always be given the same (its {@link PlanRenderer}'s).
   */
  PlanView of(Catalogue catalogue, Occupation occupation, Function<PlanView.PlanCompetency, byte[]> print) {
    List<PlanView.GroupSection> groups = new ArrayList<>();
    List<byte[]> digests = new ArrayList<>();
    for (Group group : Group.values()) {
      List<PlanView.PlanCompetency> views = new ArrayList<>();
      for (var use : occupation.competencies(group)) {
        Fingerprinted competency = competencies.computeIfAbsent(catalogue.competency(use.competencyId()).orElseThrow(), c -> competency(c, print));
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

  private Fingerprinted competency(Competency competency, Function<PlanView.PlanCompetency, byte[]> print) {
    List<PlanView.Row> rows = new ArrayList<>();
    for (Skill s : competency.skills()) {
      rows.add(new PlanView.Row(rows.size() + 1, s.title(), markdown.toHtml(s.trainingActionsMarkdown())));
    }
    byte[] printed = print.apply(new PlanView.PlanCompetency(competency.id(), competency.title(), rows, null));
    PrintedSection section = new PrintedSection(printed);
    return new Fingerprinted(new PlanView.PlanCompetency(competency.id(), competency.title(), rows, section), fingerprint(printed));
  }

  /**
   * A fingerprint of a printed section: its CRC-32C and CRC-32 and its length. The JIT turns both CRCs into the
   * CPU's own instructions, also with only C1 (the wrapper's mode): at 3,000 occupations the sections are some
   * 80 MB, which SHA-256 took about half a second of CPU to read with C1, the CRCs a few milliseconds. No strength
   * is lost that the version had: it prints only 40 bits, which anyone can collide on purpose whatever the hash,
   * and the PDF cache key is the SHA-256 of the whole PDF HTML. An accidental change escapes two CRCs of different
   * polynomials with a chance of about 2^-64 (and never one within 32 adjacent bits). The print section shows all
   * that the PDF's does (and the builder's checkboxes), so a change to what the PDF prints changes the version.
   */
  private static byte[] fingerprint(byte[] printed) {
    CRC32C crc32c = new CRC32C();
    crc32c.update(printed);
    CRC32 crc32 = new CRC32();
    crc32.update(printed);
    return ByteBuffer.allocate(16).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue()).putLong(printed.length).array();
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
