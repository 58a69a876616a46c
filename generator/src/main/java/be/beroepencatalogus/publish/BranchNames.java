package be.beroepencatalogus.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** Whether a name is one publish may write a site to: a real branch name that no worktree has checked out. */
public final class BranchNames {
  private BranchNames() {}

  /** Why {@code branch} cannot be published to, or empty when it can. */
  public static Optional<String> problem(Repository repo, String branch) {
    // Git itself refuses these as branch names (git check-ref-format --branch), JGit does not: HEAD would become
    // refs/heads/HEAD, which every later git command mistakes for the checkout.
    if (branch.equals(Constants.HEAD) || branch.equals("@")) {
      return Optional.of(branch + " names the current checkout, not a branch");
    }
    if (branch.startsWith("-")) {
      return Optional.of("a branch name cannot start with '-'");
    }
    if (branch.startsWith(Constants.R_REFS)) {
      return Optional.of("give the branch's short name, such as gh-pages");
    }
    if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
      return Optional.of("not a valid git branch name");
    }
    String ref = Constants.R_HEADS + branch;
    try {
      if (ref.equals(repo.getFullBranch())) {
        return Optional.of("it is the branch checked out here; switch to your source branch first (publishing writes the site to "
            + branch + " without checking it out)");
      }
      for (Checkout other : otherCheckouts(repo)) {
        if (ref.equals(other.ref())) {
          return Optional.of("it is checked out in the worktree " + other.workTree() + "; publish to a branch no worktree has checked out");
        }
      }
    } catch (IOException e) {
      throw new PublishException("cannot read which branches are checked out: " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  /** A worktree and the ref its HEAD points at (a commit id when detached). */
  private record Checkout(Path workTree, String ref) {}

  /**
   * The checkouts of the other worktrees of the repository: the main one, when {@code repo} is a linked worktree,
   * and every linked one ({@code <common dir>/worktrees/<name>}, as git lays them out; JGit has no API for them).
   * Moving a branch that another worktree has checked out would leave that worktree's files and index behind.
   */
  private static List<Checkout> otherCheckouts(Repository repo) throws IOException {
    Path common = repo.getCommonDirectory().toPath().toAbsolutePath().normalize();
    Path own = repo.getDirectory().toPath().toAbsolutePath().normalize();
    List<Checkout> checkouts = new ArrayList<>();
    if (!own.equals(common) && !repo.getConfig().getBoolean("core", "bare", false)) {
      checkouts.add(new Checkout(common.getParent(), head(common)));
    }
    Path linked = common.resolve("worktrees");
    if (Files.isDirectory(linked)) {
      try (Stream<Path> admins = Files.list(linked)) {
        for (Path admin : admins.sorted().toList()) {
          if (!admin.toAbsolutePath().normalize().equals(own) && Files.isRegularFile(admin.resolve("HEAD"))) {
            checkouts.add(new Checkout(workTreeOf(admin), head(admin)));
          }
        }
      }
    }
    return checkouts;
  }

  private static String head(Path gitDir) throws IOException {
    Path head = gitDir.resolve(Constants.HEAD);
    if (!Files.isRegularFile(head)) {
      return "";
    }
    String text = Files.readString(head, StandardCharsets.UTF_8).strip();
    return text.startsWith("ref:") ? text.substring(4).strip() : text;
  }

  /** The {@code gitdir} file names the worktree's {@code .git} file; without it, the admin folder stands in. */
  private static Path workTreeOf(Path admin) throws IOException {
    Path gitdir = admin.resolve("gitdir");
    if (!Files.isRegularFile(gitdir)) {
      return admin;
    }
    Path dotGit = admin.resolve(Files.readString(gitdir, StandardCharsets.UTF_8).strip()).normalize();
    return dotGit.getParent() == null ? dotGit : dotGit.getParent();
  }
}
