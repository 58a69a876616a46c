package be.beroepencatalogus.cli;

import be.beroepencatalogus.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.publish.Repositories;
import be.beroepencatalogus.publish.TestRepo;
import be.beroepencatalogus.testing.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;
  private final Cli cli = new Cli();
  private TestRepo repo;

  @AfterEach
  void close() {
    if (repo != null) {
      repo.close();
    }
  }

  private int diff(String... more) {
            String[] args = new String[more.length + 3];
    args[0] = "diff";
    args[1] = "--repo";
    args[2] = repo.dir().toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return cli.run(args);
  }

  /** Two occupations sharing a competency, two key skills; committed on main. */
  private TestRepo kitchen() {
    TestRepo r = TestRepo.init(dir.resolve("repo"));
    r.write("content/site.yaml", "title: Keukencatalogus\nlanguage: nl\nbase_url: https://example.org/\n")
        .write("content/beroepen/kok.md", """
            ---
            title: Kok
            competencies:
              basis:
                - koken
                - afwassen
            key_skills:
              - id: hygienisch-werken
                description: Volgens de HACCP-regels.
              - id: flexibel-zijn
                description: Wisselende diensten.
            ---
            Je bereidt gerechten.
            """)
        .write("content/beroepen/bakker.md", """
            ---
            title: Bakker
            competencies:
              basis: [koken]
            key_skills:
              - id: flexibel-zijn
                description: Vroeg beginnen.
            ---
            Je bakt brood.
            """)
        .write("content/competenties/koken.md", """
            ---
            title: Gerechten bereiden
            ---
            ## Snijdt groenten

            - Technieken tonen
            - Laten oefenen

            ## Kent de recepten {#recepten}

            Recepten samen lezen.
            """)
        .write("content/competenties/afwassen.md", """
            ---
            title: Afwassen
            ---
            ## Bedient de vaatwasmachine

            Voordoen en laten herhalen.
            """)
        .write("content/sleutelvaardigheden/hygienisch-werken.md", "---\ntitle: Hygiënisch werken\n---\nProper en veilig.\n")
        .write("content/sleutelvaardigheden/flexibel-zijn.md", "---\ntitle: Flexibel zijn\n---\nJe past je aan.\n");
    r.commitAll("Keukencatalogus");
    return r;
  }

  /** Renames an occupation, adds a skill, changes a training action, moves a competency, removes a key skill. */
  private void editKitchen() {
    repo.write("content/beroepen/kok.md", """
            ---
            title: Chef-kok
            competencies:
              basis:
                - koken
              specifiek:
                - afwassen
            key_skills:
              - id: flexibel-zijn
                description: Wisselende diensten.
            ---
            Je bereidt gerechten.
            """)
        .write("content/competenties/koken.md", """
            ---
            title: Gerechten bereiden
            ---
            ## Snijdt groenten

            - Technieken tonen
            - Laten oefenen onder toezicht

            ## Kent de recepten {#recepten}

            Recepten samen lezen.

            ## Bakt brood

            Deeg kneden en laten rijzen.
            """)
        .delete("content/sleutelvaardigheden/hygienisch-werken.md");
  }

  @Test
  void textNamesEveryChangeInCatalogueTermsOneLineEach() {
    repo = kitchen();
    String head = Repositories.shortId(repo.repo(), repo.commit("HEAD"));
    editKitchen();

    assertEquals(0, diff("HEAD"), cli.err());

    assertEquals("""
        catalogue changes since HEAD (%s):
        occupation kok: title changed: "Kok" -> "Chef-kok"
        occupation kok: competency moved from basis to specifiek: afwassen
        occupation kok: key skill removed: hygienisch-werken
        competency koken: training action changed in "Snijdt groenten": "Laten oefenen" -> "Laten oefenen onder toezicht"
        competency koken: skill added: "Bakt brood" (#bakt-brood)
        competency koken: affects 2 occupations: bakker, kok
        key skill removed: hygienisch-werken "Hygiënisch werken"
        summary: 1 occupation changed, 1 competency changed, 1 key skill removed; affects 2 occupations
        """.formatted(head), cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void markdownIsAReportForAPullRequest() {
    repo = kitchen();
    String head = Repositories.shortId(repo.repo(), repo.commit("HEAD"));
    editKitchen();

    assertEquals(0, diff("HEAD", "--format", "markdown"), cli.err());

    String md = cli.out();
    assertTrue(md.startsWith("## Catalogue changes since `HEAD` (`" + head + "`)\n\n"
        + "**Summary:** 1 occupation changed, 1 competency changed, 1 key skill removed; affects 2 occupations\n"), md);
    Document html = Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)));
    assertEquals(List.of("Occupations", "Competencies", "Key skills"), html.select("h3").eachText());
    assertEquals(List.of(
        "Changed: Chef-kok (kok)",
        "Changed: Gerechten bereiden (koken)",
        "Removed: Hygiënisch werken (hygienisch-werken)"), html.select("h3 + ul > li").stream().map(DiffCommandTest::withoutSublist).toList());
    assertEquals(List.of(
        "title changed: \"Kok\" → \"Chef-kok\"",
        "competency moved from basis to specifiek: Afwassen (afwassen)",
        "key skill removed: Hygiënisch werken (hygienisch-werken)"), html.select("h3 + ul > li").get(0).select("> ul > li").eachText());
    assertEquals(List.of(
        "training action changed in \"Snijdt groenten\": \"Laten oefenen\" → \"Laten oefenen onder toezicht\"",
        "skill added: \"Bakt brood\" (#bakt-brood)",
        "affects 2 occupations: Bakker (bakker), Chef-kok (kok)"), html.select("h3 + ul > li").get(1).select("> ul > li").eachText());
    assertEquals(List.of("kok", "afwassen", "hygienisch-werken"), html.select("h3 + ul > li").get(0).select("code").eachText());
  }

  private static String withoutSublist(Element li) {
    Element copy = li.clone();
    copy.select("> ul").remove();
    return copy.text();
  }

  @Test
  void aChangeOfThePublishedDomainIsNamedInBothForms() {
    repo = kitchen();
    repo.write("content/site.yaml", "title: Keukencatalogus\nlanguage: nl\nbase_url: https://catalogus.elders.be/\n");

    assertEquals(0, diff("main"), cli.err());
    assertTrue(cli.out().contains("\nsettings: published domain changed: example.org -> catalogus.elders.be\n"), cli.out());

    assertEquals(0, diff("main", "--format", "markdown"), cli.err());
    Document html = Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(cli.out())));
    assertTrue(html.select("h3 + ul > li > ul > li").eachText().contains("published domain changed: example.org → catalogus.elders.be"),
        cli.out());
  }

  @Test
  void noChangesSaysSo() {
    repo = kitchen();
    String head = Repositories.shortId(repo.repo(), repo.commit("HEAD"));
    repo.write("content/competenties/afwassen.md", """
        ---
        title: Afwassen
        ---
        ## Bedient de vaatwasmachine

        Voordoen en
        laten herhalen.
        """);

    assertEquals(0, diff("main"));
    assertEquals("no catalogue changes since main (" + head + ")\n", cli.out());
    assertEquals(0, diff("main", "--format", "markdown"));
    assertEquals("## Catalogue changes since `main` (`" + head + "`)\n\nNo changes in the catalogue.\n", cli.out());
  }

  @Test
  void comparesWithAnyRefAndIgnoresTheWorkTreeOfThatRef() {
    repo = kitchen();
    String first = Repositories.shortId(repo.repo(), repo.commit("HEAD"));
    editKitchen();
    repo.commitAll("Chef-kok");
    repo.write("content/beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [koken, afwassen]\n---\nJe bakt brood.\n");

    assertEquals(0, diff("HEAD~1"));

    assertTrue(cli.out().startsWith("catalogue changes since HEAD~1 (" + first + "):\n"), cli.out());
    assertTrue(cli.out().contains("occupation bakker: competency added (basis): afwassen\n"), cli.out());
    assertTrue(cli.out().contains("occupation bakker: key skill removed: flexibel-zijn\n"), cli.out());
    assertTrue(cli.out().contains("occupation kok: title changed: \"Kok\" -> \"Chef-kok\"\n"), cli.out());
  }

  @Test
  void contentErrorsAtTheRefArePrintedWithTheRefInTheirPathAndExitOne() {
    repo = kitchen();
    repo.write("content/beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [kokken]\n---\nJe bakt brood.\n");
    repo.commitAll("Kapot");
    repo.write("content/beroepen/bakker.md", "---\ntitle: Bakker\ncompetencies:\n  basis: [koken]\n---\nJe bakt brood.\n");

    assertEquals(1, diff("HEAD"));

    List<String> lines = cli.err().lines().toList();
    assertEquals("HEAD:content/beroepen/bakker.md:4:11: error: unknown competency 'kokken' (did you mean 'koken'?)", lines.get(0));
    assertEquals("diff: the content at HEAD has 1 error; fix them first", lines.get(lines.size() - 1));
    assertEquals("", cli.out());
  }

  @Test
  void contentErrorsInTheWorkTreeExitOne() {
    repo = kitchen();
    repo.write("content/beroepen/bakker.md", "---\ntitle: [\n---\n");

    assertEquals(1, diff("HEAD"));

    assertTrue(cli.err().contains("beroepen/bakker.md:2:"), cli.err());
    assertTrue(cli.err().endsWith("has 1 error; fix them first\n"), cli.err());
  }

  @Test
  void anUnknownRefIsOneLineAndAUsageError() {
    repo = kitchen();

    assertEquals(2, diff("origin/main"));

    assertEquals("error: unknown git ref 'origin/main' (a branch, tag or commit here; for a remote branch, fetch it first)\n", cli.err());
    assertEquals(2, diff("HEAD~5"));
    assertEquals(2, diff("no such:ref"));
  }

  @Test
  void aContentFolderThatDidNotExistAtTheRefMakesEverythingNew() {
    repo = TestRepo.init(dir.resolve("repo"));
    repo.write("README.md", "Nog leeg.\n");
    repo.commitAll("Begin");
    FixtureSite.minimal(repo.content());

    assertEquals(0, diff("HEAD"), cli.err());

    assertTrue(cli.out().contains("occupation added: kok \"Kok\"\n"), cli.out());
    assertTrue(cli.out().endsWith("summary: 1 occupation added, 1 competency added, 1 key skill added; affects 1 occupation\n"), cli.out());
    assertEquals("note: content did not exist at HEAD; all of it is new\n", cli.err());
  }

  @Test
  void aPullRequestCloneComparesWithTheRemoteBaseBranchAsTheWorkflowDoes() throws Exception {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      repo = kitchen();
      repo.git().remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
      repo.git().push().setRemote("origin").add("main").call();
      String base = Repositories.shortId(repo.repo(), repo.commit("main"));

      try (TestRepo pr = TestRepo.cloneOf(remote, dir.resolve("pr"))) {
        pr.git().checkout().setCreateBranch(true).setName("kok-hernoemen").call();
        pr.write("content/beroepen/bakker.md", Files.readString(pr.content().resolve("beroepen/bakker.md")).replace("title: Bakker", "title: Bakker-patissier"));
        pr.commitAll("Bakker hernoemd");
        
        assertEquals(0, cli.run(new String[] {"diff", "origin/main", "--format", "markdown", "--repo", pr.dir().toString()}), cli.err());

        assertEquals("""
            ## Catalogue changes since `origin/main` (`%s`)

            **Summary:** 1 occupation changed; affects 1 occupation

            ### Occupations

            - **Changed:** Bakker-patissier (`bakker`)
              - title changed: "Bakker" → "Bakker-patissier"
            """.formatted(base), cli.out());
      }
    }
  }

  @Test
  void diffAndPublishHaveHelp() {
    assertEquals(0, cli.run("diff", "--help"));
    assertTrue(cli.out().contains("--format=FORMAT"), cli.out());
    assertEquals(0, cli.run("publish", "--help"));
    assertTrue(cli.out().contains("--remote=REMOTE"), cli.out());
  }

  @Test
  void diffLeavesTheRepositoryAsItWas() {
    repo = kitchen();
    editKitchen();
    Map<String, String> before = repo.snapshot();

    assertEquals(0, diff("HEAD"));

    assertEquals(before, repo.snapshot());
    assertTrue(Files.notExists(repo.dir().resolve(".cache")));
  }

  @Test
  void outsideARepositoryIsAUsageError() throws Exception {
    Path notARepo = Files.createDirectories(dir.resolve("los"));
    int code = cli.run("diff", "HEAD", "--repo", notARepo.toString());
    assertEquals(2, code);
    assertEquals("error: not in a git repository: " + notARepo + " (run it inside a clone, or pass --repo DIR)", cli.err().strip());
  }
}
