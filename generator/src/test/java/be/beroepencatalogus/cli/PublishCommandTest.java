package be.beroepencatalogus.cli;

import be.beroepencatalogus.testing.Cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.beroepencatalogus.publish.PublishException;
import be.beroepencatalogus.publish.Repositories;
import be.beroepencatalogus.publish.SitePublisher;
import be.beroepencatalogus.publish.TestRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {
  private static final Pattern PUBLISHED = Pattern.compile("published (\\d+) files to gh-pages as ([0-9a-f]{7}) \\(built from (.+)\\)\n");

  @TempDir Path dir;
  private final Cli cli = new Cli();
  private TestRepo repo;

  @AfterEach
  void close() {
    if (repo != null) {
      repo.close();
    }
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private int publish(String... more) {
    String[] args = new String[more.length + 3];
    args[0] = "publish";
    args[1] = "--repo";
    args[2] = repo.dir().toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return run(args);
  }

  private String head() {
    return Repositories.shortId(repo.repo(), repo.commit("HEAD"));
  }

  @Test
  void publishCommitsTheBuiltSiteToGhPagesWithoutTouchingTheWorkTreeTheIndexOrHead() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    Map<String, String> before = repo.snapshot();

    assertEquals(0, publish(), cli.err());

    Matcher m = PUBLISHED.matcher(cli.out());
    assertTrue(m.matches(), cli.out());
    assertEquals(head(), m.group(3));
    ObjectId tip = repo.tip("gh-pages").orElseThrow();
    assertEquals(m.group(2), tip.abbreviate(7).name());
    Map<String, ObjectId> files = repo.files("gh-pages");
    assertEquals(Integer.parseInt(m.group(1)), files.size());
    for (String path : List.of("index.html", "beroepen/kok/index.html", "beroepen/kok/opleidingsplan.pdf",
        "competenties/koken/index.html", "sleutelvaardigheden/hygienisch-werken/index.html", "catalogus.json", "404.html", ".nojekyll")) {
      assertTrue(files.containsKey(path), path + " missing from " + files.keySet());
    }
    assertEquals("", repo.read("gh-pages", ".nojekyll"));
    assertFalse(files.containsKey("CNAME"), "example.org is no custom domain");
    assertFalse(files.containsKey(".beroepencatalogus-site"), "the build's own marker is not part of the site");
    assertFalse(files.keySet().stream().anyMatch(p -> p.startsWith("content/")), "the site, not the sources");
    RevCommit commit = repo.commit("gh-pages");
    assertEquals(0, commit.getParentCount());
    assertEquals("Publish site built from " + head() + "\n", commit.getFullMessage());

    assertEquals(before, repo.snapshot(), "work tree, index or HEAD changed");
    assertFalse(Files.exists(repo.dir().resolve("site")), "published from a temporary folder, not site/");
    assertTrue(Files.isDirectory(repo.dir().resolve(".cache/plans")), "PDF plans cached under the repository's .cache");
  }

  @Test
  void publishingUnchangedContentAgainMakesNoCommit() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    assertEquals(0, publish());
    ObjectId first = repo.tip("gh-pages").orElseThrow();

    assertEquals(0, publish());

    assertEquals("nothing changed; gh-pages stays at " + first.abbreviate(7).name() + "\n", cli.out());
    assertEquals(first, repo.tip("gh-pages").orElseThrow());
  }

  @Test
  void aNewVersionExtendsTheBranchAndKeepsTheCnameItHolds() throws IOException {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    assertEquals(0, publish());
    ObjectId first = repo.tip("gh-pages").orElseThrow();
    ObjectId withCname = addToBranch(repo.repo(), "gh-pages", "CNAME", "beroepen.example.be\n");

    repo.write("content/competenties/koken.md", "---\ntitle: Gerechten bereiden en bakken\n---\n## Bakt brood\n\nDeeg kneden.\n");
    repo.commitAll("Koken wordt bakken");
    assertEquals(0, publish("--message", "Nieuwe competentie"), cli.err());

    RevCommit commit = repo.commit("gh-pages");
    assertEquals(List.of(withCname), List.of(commit.getParents()).stream().map(RevCommit::getId).toList());
    assertEquals("Nieuwe competentie\n\nBuilt from " + head() + "\n", commit.getFullMessage());
    assertEquals("beroepen.example.be\n", repo.read("gh-pages", "CNAME"));
    assertTrue(repo.read("gh-pages", "competenties/koken/index.html").contains("Gerechten bereiden en bakken"));
    assertTrue(repo.commit("gh-pages~2").getId().equals(first), "history is only extended");
  }

  @Test
  void aCustomDomainInBaseUrlWritesNoCnameSoAPullRequestCannotMoveTheSite() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.write("content/site.yaml", "title: Testcatalogus\nlanguage: nl\nbase_url: https://beroepen.vdab.be/\n");

    assertEquals(0, publish(), cli.err());

    assertFalse(repo.files("gh-pages").containsKey("CNAME"), "only --cname writes a CNAME");
  }

  @Test
  void cnameWritesTheDomainAndReplacesTheBranchsAndWithoutItTheBranchsIsKept() throws IOException {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));

    assertEquals(0, publish("--cname", "beroepen.vdab.be"), cli.err());
    assertEquals("beroepen.vdab.be\n", repo.read("gh-pages", "CNAME"));

    assertEquals(0, publish("--cname", "WWW.Catalogus.be"), cli.err());
    assertEquals("www.catalogus.be\n", repo.read("gh-pages", "CNAME"));

    ObjectId tip = repo.tip("gh-pages").orElseThrow();
    assertEquals(0, publish(), cli.err());
    assertEquals(tip, repo.tip("gh-pages").orElseThrow(), "the branch's CNAME is kept: nothing changed");
  }

  @Test
  void aCnameThatIsNoHostNameIsAUsageError() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));

    for (String cname : List.of("https://beroepen.vdab.be/", "beroepen.vdab.be/plannen", "-x.be", "beroepen vdab.be", "")) {
      assertEquals(2, publish("--cname", cname), cname);

      assertEquals("error: invalid --cname '" + cname + "': give the host name only, such as beroepen.vdab.be\n", cli.err());
      assertTrue(repo.tip("gh-pages").isEmpty());
    }
  }

  @Test
  void cacheChoosesWhereThePdfPlansAreKept() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    Path cache = dir.resolve("elders/cache");

    assertEquals(0, publish("--cache", cache.toString()), cli.err());

    assertTrue(Files.isDirectory(cache.resolve("plans")), "PDF plans cached under --cache");
    assertFalse(Files.exists(repo.dir().resolve(".cache")), "not in the repository's .cache");
  }

  @Test
  void uncommittedChangesArePublishedAndNamedInTheMessage() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.write("content/beroepen/kok.md", read(repo.content().resolve("beroepen/kok.md")).replace("title: Kok", "title: Chef-kok"));
    Map<String, String> before = repo.snapshot();

    assertEquals(0, publish(), cli.err());

    assertTrue(cli.out().endsWith("(built from " + head() + " (with uncommitted changes))\n"), cli.out());
    assertEquals("Publish site built from " + head() + " (with uncommitted changes)\n", repo.commit("gh-pages").getFullMessage());
    assertTrue(repo.read("gh-pages", "beroepen/kok/index.html").contains("Chef-kok"));
    assertEquals(before, repo.snapshot());
  }

  @Test
  void contentErrorsPublishNothing() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.write("content/beroepen/kok.md", "---\ntitle: Kok\ncompetencies:\n  basis: [kokken]\n---\nTekst.\n");

    assertEquals(1, publish());

    assertTrue(cli.err().contains("beroepen/kok.md:4:11: error: unknown competency 'kokken'"), cli.err());
    assertTrue(cli.err().endsWith("publish failed: 1 error, 2 warnings; gh-pages was not changed\n"), cli.err());
    assertTrue(repo.tip("gh-pages").isEmpty());
  }

  @Test
  void pushesTheBranchToABareRemote() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      assertEquals(0, publish("--remote", remote.toString()), cli.err());

      assertTrue(cli.out().endsWith("pushed gh-pages to " + remote + "\n"), cli.out());
      assertEquals(repo.tip("gh-pages"), TestRepo.tip(bare, "gh-pages"));

      assertEquals(0, publish("--remote", remote.toString()), cli.err());
      assertTrue(cli.out().endsWith(remote + " already has gh-pages at " + repo.tip("gh-pages").get().abbreviate(7).name() + "\n"), cli.out());
    }
  }

  @Test
  void aRemoteBranchThisRepositoryNeverSawIsFetchedAndExtended() {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote); TestRepo other = TestRepo.withMinimalContent(dir.resolve("other"))) {
      other.write("content/beroepen/kok.md", read(other.content().resolve("beroepen/kok.md")).replace("title: Kok", "title: Kok (ander)"));
      other.commitAll("Ander");
      assertEquals(0, run("publish", "--repo", other.dir().toString(), "--remote", remote.toString()), cli.err());
      ObjectId theirs = TestRepo.tip(bare, "gh-pages").orElseThrow();

      repo = TestRepo.withMinimalContent(dir.resolve("repo"));
      assertEquals(0, publish("--remote", remote.toString()), cli.err());

      assertEquals(List.of(theirs), parents(repo.commit("gh-pages")), "history is only extended");
      assertEquals(repo.tip("gh-pages"), TestRepo.tip(bare, "gh-pages"));
      assertTrue(cli.out().endsWith("pushed gh-pages to " + remote + "\n"), cli.out());
    }
  }

  @Test
  void whenTheRemotesBranchMovedOnPublishCommitsOnTopOfItsTip() throws Exception {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      repo = TestRepo.withMinimalContent(dir.resolve("repo"));
      repo.git().remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
      assertEquals(0, publish("--remote", "origin"), cli.err());
      ObjectId theirs = addToBranch(bare, "gh-pages", "CNAME", "beroepen.vdab.be\n");

      repo.write("content/beroepen/kok.md", read(repo.content().resolve("beroepen/kok.md")).replace("title: Kok", "title: Chef-kok"));
      repo.commitAll("Chef-kok");
      assertEquals(0, publish("--remote", "origin"), cli.err());

      assertEquals(List.of(theirs), parents(repo.commit("gh-pages")));
      assertEquals(repo.tip("gh-pages"), TestRepo.tip(bare, "gh-pages"));
      assertEquals("beroepen.vdab.be\n", repo.read("gh-pages", "CNAME"), "the remote's CNAME is kept");
      assertTrue(repo.read("gh-pages", "beroepen/kok/index.html").contains("Chef-kok"));
      assertEquals(repo.tip("gh-pages").orElseThrow(), repo.repo().exactRef("refs/remotes/origin/gh-pages").getObjectId(),
          "origin/gh-pages is where the push left it, as with git");
    }
  }

  @Test
  void aRejectedPushAdvisesPublishingAgainWhichWorksAlsoWhenBothBranchesMovedOn() throws IOException {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      repo = TestRepo.withMinimalContent(dir.resolve("repo"));
      assertEquals(0, publish("--remote", remote.toString()), cli.err());
      repo.write("content/beroepen/kok.md", read(repo.content().resolve("beroepen/kok.md")).replace("title: Kok", "title: Chef-kok"));
      repo.commitAll("Chef-kok");
      assertEquals(0, publish(), cli.err());
      ObjectId mine = repo.tip("gh-pages").orElseThrow();
      ObjectId theirs = addToBranch(bare, "gh-pages", "CNAME", "beroepen.vdab.be\n");

      PublishException rejected = assertThrows(PublishException.class, () -> new SitePublisher(repo.repo()).push(remote.toString(), "gh-pages"));
      assertEquals("push to " + remote + " rejected: its gh-pages has commits that the local gh-pages has not (publish never"
          + " forces); publish again with --remote " + remote + ", which builds on them", rejected.getMessage());

      assertEquals(0, publish("--remote", remote.toString()), cli.err());

      RevCommit published = repo.commit("gh-pages");
      assertEquals(List.of(theirs, mine), parents(published), "both histories kept, the remote's first");
      assertEquals(repo.tip("gh-pages"), TestRepo.tip(bare, "gh-pages"));
      assertEquals("beroepen.vdab.be\n", repo.read("gh-pages", "CNAME"));
      assertTrue(repo.read("gh-pages", "beroepen/kok/index.html").contains("Chef-kok"));
    }
  }

  @Test
  void credentialsInARemoteUrlAreNeverPrinted() throws IOException {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    for (String userInfo : List.of("publisher:s3cr3t-TOKEN", "s3cr3t-TOKEN", "x-access-token:s3cr3t%2DTOKEN")) {
      String url = "http://" + userInfo + "@127.0.0.1:" + closed + "/catalogus.git";

      assertEquals(1, publish("--remote", url, "--debug"), cli.out() + cli.err());

      assertFalse((cli.out() + cli.err()).toLowerCase(java.util.Locale.ROOT).contains("s3cr3t"), cli.out() + cli.err());
      assertTrue(cli.err().startsWith("error: "), cli.err());
      assertTrue(cli.err().contains("http://***@127.0.0.1:" + closed + "/catalogus.git"), cli.err());
    }
  }

  @Test
  void aFreshCloneExtendsTheRemotesBranchInsteadOfStartingANewHistory() {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      ObjectId published = mainAndSitePushedTo(remote, bare);

      try (TestRepo ci = TestRepo.cloneOf(remote, dir.resolve("ci"))) {
        assertTrue(ci.tip("gh-pages").isEmpty(), "a clone has only origin/gh-pages");
        ci.write("content/competenties/koken.md", "---\ntitle: Koken\n---\n## Bakt brood\n\nDeeg kneden.\n");
        ci.commitAll("Bakken");

        assertEquals(0, run("publish", "--repo", ci.dir().toString(), "--remote", "origin"), cli.err());

        assertTrue(cli.out().endsWith("pushed gh-pages to origin\n"), cli.out());
        assertEquals(published, ci.commit("gh-pages").getParent(0).getId());
        assertEquals(ci.tip("gh-pages"), TestRepo.tip(bare, "gh-pages"));
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aCloneWhoseSiteTheRemoteAlreadyHoldsCatchesUpWithoutACommit() throws Exception {
    Path remote = dir.resolve("remote.git");
    try (Repository bare = TestRepo.initBare(remote)) {
      ObjectId published = mainAndSitePushedTo(remote, bare);

      try (TestRepo ci = TestRepo.cloneOf(remote, dir.resolve("ci"))) {
        assertEquals(0, run("publish", "--repo", ci.dir().toString(), "--remote", "origin"), cli.err());

        String shortId = published.abbreviate(7).name();
        assertEquals("nothing changed; gh-pages stays at " + shortId + "\norigin already has gh-pages at " + shortId + "\n", cli.out());
        assertEquals(Optional.of(published), ci.tip("gh-pages"));
        assertEquals(Optional.of(published), TestRepo.tip(bare, "gh-pages"));
      }
    }
  }

  @Test
  void publishingToTheCheckedOutBranchIsAUsageError() throws Exception {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.git().checkout().setCreateBranch(true).setName("gh-pages").call();

    assertEquals(2, publish());

    assertTrue(cli.err().startsWith("error: invalid --branch 'gh-pages': it is the branch checked out here; switch to your"
        + " source branch first"), cli.err());
    assertEquals(1, cli.err().strip().lines().count(), cli.err());
  }

  @Test
  void aBranchCheckedOutInAnotherWorktreeIsAUsageError() throws Exception {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.git().branchCreate().setName("voorbeeld").call();
    ObjectId before = repo.tip("voorbeeld").orElseThrow();
    Path worktree = repo.addWorktree("voorbeeld", dir.resolve("voorbeeld"), "voorbeeld");

    assertEquals(2, publish("--branch", "voorbeeld"));

    assertEquals("error: invalid --branch 'voorbeeld': it is checked out in the worktree " + worktree
        + "; publish to a branch no worktree has checked out\n", cli.err());
    assertEquals(before, repo.tip("voorbeeld").orElseThrow());

    assertEquals(2, run("publish", "--repo", worktree.toString(), "--branch", "main"), "from the linked worktree");
    assertEquals("error: invalid --branch 'main': it is checked out in the worktree " + repo.dir()
        + "; publish to a branch no worktree has checked out\n", cli.err());
  }

  @Test
  void headAndOtherNamesThatAreNoBranchAreUsageErrors() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));

    for (String name : List.of("HEAD", "-f", "refs/heads/gh-pages", "@", "gh..pages", "")) {
      assertEquals(2, publish("--branch=" + name), name);

      assertTrue(cli.err().startsWith("error: invalid --branch '" + name + "'"), cli.err());
      assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
    assertEquals(List.of("refs/heads/main"), refs(repo.repo()), "no branch was made");
  }

  @Test
  void outsideARepositoryIsOneClearLineAndAUsageError() throws Exception {
    Path notARepo = Files.createDirectories(dir.resolve("los"));

    assertEquals(2, run("publish", "--repo", notARepo.toString()));

    assertEquals("error: not in a git repository: " + notARepo + " (run it inside a clone, or pass --repo DIR)\n", cli.err());
  }

  @Test
  void anInvalidBranchNameIsAUsageError() {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));

    assertEquals(2, publish("--branch", "gh..pages"));

    assertEquals("error: invalid --branch 'gh..pages': not a valid git branch name\n", cli.err());
  }

  /** Makes {@link #repo} with {@code remote} as origin, pushes main and publishes; the remote's gh-pages. */
  private ObjectId mainAndSitePushedTo(Path remote, Repository bare) throws Exception {
    repo = TestRepo.withMinimalContent(dir.resolve("repo"));
    repo.git().remoteAdd().setName("origin").setUri(new URIish(remote.toUri().toString())).call();
    repo.git().push().setRemote("origin").add("main").call();
    assertEquals(0, publish("--remote", "origin"), cli.err());
    return TestRepo.tip(bare, "gh-pages").orElseThrow();
  }

  /** Commits {@code path} with {@code text} on top of the branch, as someone configuring GitHub Pages would. */
  private static ObjectId addToBranch(Repository repo, String branch, String path, String text) throws IOException {
    try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(repo)) {
      RevCommit tip = walk.parseCommit(repo.resolve(branch));
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      builder.addTree(new byte[0], 0, reader, tip.getTree());
      DirCacheEntry entry = new DirCacheEntry(path);
      entry.setFileMode(FileMode.REGULAR_FILE);
      entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)));
      builder.add(entry);
      builder.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      commit.setParentId(tip);
      PersonIdent me = new PersonIdent("Beheerder", "beheer@example.org");
      commit.setAuthor(me);
      commit.setCommitter(me);
      commit.setMessage("Eigen domein\n");
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      RefUpdate update = repo.updateRef(Constants.R_HEADS + branch);
      update.setExpectedOldObjectId(tip);
      update.setNewObjectId(id);
      assertEquals(RefUpdate.Result.FAST_FORWARD, update.update());
      return id;
    }
  }

  private static List<ObjectId> parents(RevCommit commit) {
    return List.of(commit.getParents()).stream().map(RevCommit::getId).toList();
  }

  private static List<String> refs(Repository repo) {
    try {
      return repo.getRefDatabase().getRefsByPrefix(Constants.R_REFS).stream().map(Ref::getName).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
