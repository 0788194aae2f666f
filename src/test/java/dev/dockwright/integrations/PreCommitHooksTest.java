package dev.dockwright.integrations;

import static dev.dockwright.integrations.Executables.dockwrightLauncher;
import static dev.dockwright.integrations.Executables.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks with the real tools, as a user meets them: {@code git commit} in a fresh repository whose
 * {@code .pre-commit-config.yaml} pins this repository's {@code dockwright} hook (installed with
 * {@code pre-commit install}), and the plain {@code integrations/git/pre-commit} script as
 * {@code .git/hooks/pre-commit}. A bad Dockerfile is rejected with its findings shown, a good one commits.
 *
 * <p>dockwright itself runs from the test classpath through {@code $DOCKWRIGHT} (both hooks honour it), so the
 * test does not build the jar; {@code .ci/pre-commit-e2e.sh} covers the hook's build-on-first-use path.
 * Skipped, with a message, where {@code git}, {@code bash} or {@code pre-commit} is missing.
 */
class PreCommitHooksTest {
  private static final String BAD = "FROM alpine:3.20\nENV JAVA_HOME /opt/java\n";
  private static final String GOOD = "FROM alpine:3.20\nENV JAVA_HOME=/opt/java\n";
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @TempDir
  Path tmp;

  private Map<String, String> env;
  private Path repo;

  private record Run(int exit, String output) {}

  @BeforeAll
  static void toolsArePresent() {
    assumeTrue(onPath("git"), "git is not installed: skipping the pre-commit hook tests");
    assumeTrue(onPath("bash"), "bash is not installed: skipping the pre-commit hook tests");
  }

  @BeforeEach
  void isolatedEnvironment() throws IOException, InterruptedException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_AUTHOR_NAME", "Test");
    env.put("GIT_AUTHOR_EMAIL", "test@example.com");
    env.put("GIT_COMMITTER_NAME", "Test");
    env.put("GIT_COMMITTER_EMAIL", "test@example.com");
    env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
    env.put("NO_COLOR", "1");
    env.put("DOCKWRIGHT", launcher().toString());
    repo = Files.createDirectories(tmp.resolve("project"));
    git(repo, "init", "-q");
  }

  /**
   * A dockwright executable on the test classpath. It pins the rules to two stable ones so that rules added
   * later do not change what "good" means here.
   */
  private Path launcher() throws IOException {
    return dockwrightLauncher(tmp.resolve("bin/dockwright"), "\"$1\" --select DW1000,DW3001 \"${@:2}\"");
  }

  private Run exec(Path dir, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private Run git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return exec(dir, command);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Run commit(String message, String... paths) throws IOException, InterruptedException {
    List<String> add = new ArrayList<>(List.of("add", "--"));
    add.addAll(List.of(paths));
    assertThat(git(repo, add.toArray(String[]::new)).exit()).isZero();
    return git(repo, "commit", "-q", "-m", message);
  }

  /** A git repository holding this project's hook definition and hook entry, as pre-commit would clone it. */
  private String hookRepository() throws IOException, InterruptedException {
    Path hooks = Files.createDirectories(tmp.resolve("dockwright-hooks"));
    for (String file : List.of(".pre-commit-hooks.yaml", "integrations/pre-commit/dockwright-hook", "bin/dockwright")) {
      Path target = hooks.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(PROJECT.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    assertThat(git(hooks, "init", "-q").exit()).isZero();
    assertThat(git(hooks, "add", ".").exit()).isZero();
    assertThat(git(hooks, "commit", "-q", "-m", "hooks").exit()).isZero();
    return git(hooks, "rev-parse", "HEAD").output().strip();
  }

  @Test
  void preCommitFrameworkHookRejectsBadDockerfilesAndAcceptsGoodOnes() throws Exception {
    assumeTrue(onPath("pre-commit"), "pre-commit is not installed (Debian: apt-get install pre-commit):"
        + " skipping the pre-commit framework hook test");
    String rev = hookRepository();
    write(".pre-commit-config.yaml", "repos:\n"
        + "  - repo: " + tmp.resolve("dockwright-hooks") + "\n"
        + "    rev: " + rev + "\n"
        + "    hooks:\n"
        + "      - id: dockwright\n"
        + "        args: [--failure-threshold, warning]\n");
    Run install = exec(repo, List.of("pre-commit", "install"));
    assertThat(install.exit()).as(install.output()).isZero();
    assertThat(commit("config", ".pre-commit-config.yaml").exit()).isZero();

    write("Dockerfile", BAD);
    Run rejected = commit("bad", "Dockerfile");
    assertThat(rejected.exit()).as(rejected.output()).isNotZero();
    assertThat(rejected.output()).contains("dockwright").contains("Failed")
        .contains("Dockerfile:2:5: warning [DW3001 legacy-key-value-format]");

    write("Dockerfile", GOOD);
    Run accepted = commit("good", "Dockerfile");
    assertThat(accepted.exit()).as(accepted.output()).isZero();
    assertThat(accepted.output()).contains("dockwright").contains("Passed");

    write("images/web/Containerfile", BAD);
    Run container = commit("containerfile", "images/web/Containerfile");
    assertThat(container.exit()).as("Containerfiles are linted too: %s", container.output()).isNotZero();
    assertThat(container.output()).contains("images/web/Containerfile:2:5");

    write("images/web/Containerfile", GOOD);
    write("Dockerfile.dockerignore", "ENV JAVA_HOME /opt/java\n");
    write("notes.txt", BAD);
    Run others = commit("others", "images/web/Containerfile", "Dockerfile.dockerignore", "notes.txt");
    assertThat(others.exit()).as("ignore files and other files are not Dockerfiles: %s", others.output()).isZero();
  }

  @Test
  void plainGitHookLintsWhatIsStaged() throws Exception {
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.copy(PROJECT.resolve("integrations/git/pre-commit"), hook, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.COPY_ATTRIBUTES);

    write("Dockerfile", BAD);
    Run rejected = commit("bad", "Dockerfile");
    assertThat(rejected.exit()).as(rejected.output()).isEqualTo(1);
    assertThat(rejected.output()).contains("Dockerfile:2:5: warning [DW3001 legacy-key-value-format]")
        .contains("commit blocked");

    write("Dockerfile", GOOD);
    Run accepted = commit("good", "Dockerfile");
    assertThat(accepted.exit()).as(accepted.output()).isZero();

    write("sub dir/app.Dockerfile", BAD);
    assertThat(git(repo, "add", "sub dir/app.Dockerfile").exit()).isZero();
    write("sub dir/app.Dockerfile", GOOD);
    Run stagedBad = git(repo, "commit", "-q", "-m", "fixed only in the working tree");
    assertThat(stagedBad.exit()).as("the staged text is what gets committed: %s", stagedBad.output()).isEqualTo(1);
    assertThat(stagedBad.output()).contains("sub dir/app.Dockerfile:2:5");

    assertThat(git(repo, "add", "sub dir/app.Dockerfile").exit()).isZero();
    write("sub dir/app.Dockerfile", BAD);
    Run stagedGood = git(repo, "commit", "-q", "-m", "broken only in the working tree");
    assertThat(stagedGood.exit()).as(stagedGood.output()).isZero();

    write("README.md", BAD);
    assertThat(commit("not a Dockerfile", "README.md").exit()).isZero();
  }

  @Test
  void plainGitHookSaysHowToGetDockwrightWhenItIsMissing() throws Exception {
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.copy(PROJECT.resolve("integrations/git/pre-commit"), hook, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.COPY_ATTRIBUTES);
    env.put("DOCKWRIGHT", tmp.resolve("nowhere/dockwright").toString());
    write("Dockerfile", GOOD);
    Run r = commit("good", "Dockerfile");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.output()).contains("not found").contains("--no-verify");
  }
}
