package be.beroepencatalogus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.beroepencatalogus.build.CheckResult;
import be.beroepencatalogus.build.SiteBuilder;
import be.beroepencatalogus.testing.FixtureSite;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that is wrong in ways that used to pass unnoticed, or to break the build after {@code check} passed:
 * each is now one line of {@code check}, at the file (and line) it comes from.
 */
class HostileInputTest {
  @TempDir Path dir;
  @TempDir Path outside;

  private CheckResult check(FixtureSite site) {
    return new SiteBuilder().check(site.dir());
  }

  private List<String> problems(FixtureSite site) {
    return check(site).problems().stream().map(Problem::format).toList();
  }

  private String error(String file, int line, int column) {
    return dir.resolve(file) + ":" + line + ":" + column + ": error: ";
  }

  private String warning(String file, int line, int column) {
    return dir.resolve(file) + ":" + line + ":" + column + ": warning: ";
  }

  @Test
  void imagesFromOtherHostsAreErrorsAndDataUrlsAndLinksToOtherHostsPass() {
    String hint = " (the site loads nothing from other hosts; embed the image as a data: URL)";
    assertEquals(List.of(
        error("beroepen/kok.md", 9, 1) + "image from another host 'http://host/x.png'" + hint,
        error("beroepen/kok.md", 11, 6) + "image from another host '//host/x.png'" + hint,
        error("beroepen/kok.md", 13, 1) + "image from another host 'HTTPS://host/x.png'" + hint,
        error("beroepen/kok.md", 15, 1) + "image from outside the site 'file:///etc/x.png'" + hint),
        problems(FixtureSite.minimal(dir).file("beroepen/kok.md", """
            ---
            title: Kok
            competencies:
              basis: [koken]
            key_skills:
              - id: hygienisch-werken
                description: Proper werken.
            ---
            ![a](http://host/x.png)

            Zie: ![b](//host/x.png)

            ![c](HTTPS://host/x.png)

            ![d](file:///etc/x.png)

            ![e](data:image/png;base64,iVBORw0KGgo=) [vdab](https://www.vdab.be/) [elders](//www.vdab.be/)
            """)));
  }

  @Test
  void aLinkInAKeySkillDescriptionIsCheckedAtTheDescription() {
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", """
        ---
        title: Kok
        competencies:
          basis: [koken]
        key_skills:
          - id: hygienisch-werken
            description: Zie [koken](/competenties/kokken/) en ![logo](http://host/logo.png).
        ---
        Je kookt.
        """);

    assertEquals(List.of(
        error("beroepen/kok.md", 7, 18) + "broken link '/competenties/kokken/' (did you mean /competenties/koken/?)",
        error("beroepen/kok.md", 7, 18) + "image from another host 'http://host/logo.png' (the site loads nothing from other hosts; embed the image as a data: URL)"),
        problems(site));
  }

  @Test
  void aSymbolicLinkToAFileOrAFolderIsAnErrorAndIsNotRead() throws IOException {
    Path secret = Files.writeString(outside.resolve("geheim.md"), "---\ntitle: Geheim\n---\n## Leest\n\nAlles.\n");
    Files.createDirectories(outside.resolve("map"));
    Files.writeString(outside.resolve("map/ook-geheim.md"), "---\ntitle: Ook geheim\n---\n## Leest\n\nAlles.\n");
    FixtureSite site = FixtureSite.minimal(dir);
    Files.createSymbolicLink(dir.resolve("competenties/geheim.md"), secret);
    Files.createSymbolicLink(dir.resolve("competenties/extern"), outside.resolve("map"));

    CheckResult result = check(site);

    String hint = " (only files inside the content folder are read: copy what it points to into the folder instead)";
    assertEquals(List.of(
        error("competenties/extern", 1, 1) + "a symbolic link, not read" + hint,
        error("competenties/geheim.md", 1, 1) + "a symbolic link, not read" + hint),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(List.of("koken"), result.catalogue().competencies().stream().map(c -> c.id()).toList());
  }

  @Test
  void aReferenceToASymbolicLinkIsNotReportedAgainAsUnknown() throws IOException {
    Path secret = Files.writeString(outside.resolve("geheim.md"), "---\ntitle: Geheim\n---\n## Leest\n\nAlles.\n");
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [koken, geheim]\n---\nJe kookt.\n");
    Files.createSymbolicLink(dir.resolve("competenties/geheim.md"), secret);

    List<String> errors = check(site).problems().stream().filter(Problem::isError).map(Problem::format).toList();

    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith(error("competenties/geheim.md", 1, 1) + "a symbolic link, not read"), errors.get(0));
  }

  @Test
  void duplicateSkillsDuplicateAnchorsAndMalformedAnchorsAreErrors() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/koken.md", """
        ---
        title: Koken
        ---
        ## Snijdt groenten

        a

        ## Snijdt groenten

        b

        ## Kookt {#kookt}

        c

        ## Bakt {#kookt}

        d

        ## Braadt {#mijn anker}

        e

        ## Stooft {#stoven

        f
        """);

    assertEquals(List.of(
        error("competenties/koken.md", 8, 1) + "skill 'Snijdt groenten' appears twice, also at line 4 (merge the two, or rename one)",
        error("competenties/koken.md", 16, 1) + "duplicate skill anchor '#kookt', also at line 12 (give each skill its own {#anchor})",
        error("competenties/koken.md", 20, 1) + "invalid anchor '{#mijn anker}' (use only a-z, 0-9 and '-', such as {#kennis-van-engels})",
        error("competenties/koken.md", 24, 1) + "malformed anchor '{#stoven' (write it as {#anchor} at the end of the heading)"),
        problems(site));
  }

  @Test
  void sourceFilesThatWouldBeIgnoredAreReportedAndLockFilesAreNot() throws IOException {
    String competency = "---\ntitle: Bakken\n---\n## Kneedt\n\nDeeg.\n";
    FixtureSite site = FixtureSite.minimal(dir)
        .file("competenties/bakken.MD", competency)
        .file("competenties/braden.markdown", competency)
        .file("beroep/bakker.md", competency)
        .file("notities.md", "Nog te doen.\n")
        .file("competenties/._koken.md", "\0\5\7 binary resource fork")
        .file("competenties/.verborgen/x.md", "niet lezen");
    // Emacs's lock file is a symbolic link to nowhere.
    Files.createSymbolicLink(dir.resolve("competenties/.#koken.md"), Path.of("root@host.1234:1700000000"));

    assertEquals(List.of(
        warning("beroep/bakker.md", 1, 1) + "Markdown file not read (only beroepen/, competenties/ and sleutelvaardigheden/ hold source files)",
        error("competenties/bakken.MD", 1, 1) + "file not read: source files end in '.md' (rename it to bakken.md)",
        error("competenties/braden.markdown", 1, 1) + "file not read: source files end in '.md' (rename it to braden.md)",
        warning("notities.md", 1, 1) + "Markdown file not read (only beroepen/, competenties/ and sleutelvaardigheden/ hold source files)"),
        problems(site));
  }

  @Test
  void aLanguageTheThemeHasNoStringsForIsACheckError() {
    FixtureSite site = FixtureSite.minimal(dir).file("site.yaml", "title: Test\nlanguage: fr\nbase_url: https://example.org/\n");

    assertEquals(List.of(error("site.yaml", 2, 11) + "the theme has UI strings only for 'nl', not for 'fr' (use 'language: nl')"), problems(site));
  }

  @Test
  void aFileOverOneMegabyteIsRefusedBeforeItIsRead() {
    FixtureSite site = FixtureSite.minimal(dir).file("competenties/groot.md",
        "---\ntitle: Groot\n---\n## Leest\n\n" + "Veel te veel tekst. ".repeat(60_000));

    assertEquals(List.of(error("competenties/groot.md", 1, 1)
        + "the file is 1.2 MB, more than the 1 MB a content file may have (split it, or check that it is the file you meant)"), problems(site));
  }

  @Test
  void aYamlErrorInAnOccupationIsNotFollowedByWarningsAboutWhatItUses() {
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies: [niet gesloten\n---\nJe kookt.\n");

    List<String> problems = problems(site);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(error("beroepen/kok.md", 3, 29) + "invalid YAML: "), problems.get(0));
  }

  @Test
  void controlCharactersFromContentArePrintedEscaped() {
    FixtureSite site = FixtureSite.minimal(dir).file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [\"\\e[2Jkoken\\u0007\"]\n---\nJe kookt.\n");

    List<String> errors = check(site).problems().stream().filter(Problem::isError).map(Problem::format).toList();

    assertEquals(List.of(error("beroepen/kok.md", 4, 11)
        + "invalid competency id '\\u001b[2Jkoken\\u0007' (ids are file names without .md: only a-z, 0-9 and '-')"), errors);
  }

  @Test
  void anUnreadableFolderIsOneProblemAndTheRestIsStillChecked() throws IOException {
    FixtureSite site = FixtureSite.minimal(dir)
        .file("beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [koken, bakken]\n---\nZie [bakker](/beroepen/bakker/).\n")
        .file("competenties/dicht/bakken.md", "---\ntitle: Bakken\n---\n## Kneedt\n\nDeeg.\n");
    Path closed = dir.resolve("competenties/dicht");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(cannotList(closed), "the tests run with the right to read any folder (as root)");

      assertEquals(List.of(
          error("beroepen/kok.md", 6, 5) + "broken link '/beroepen/bakker/' (no beroepen/bakker.md in the content)",
          error("competenties/dicht", 1, 1) + "cannot read the folder: permission denied",
          warning("sleutelvaardigheden/hygienisch-werken.md", 1, 1)
              + "key skill 'hygienisch-werken' is not used by any occupation (list it under 'key_skills:' in an occupation)"),
          problems(site));
    } finally {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean cannotList(Path folder) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      entries.iterator().hasNext();
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
