package dev.dockwright.integrations;

import static dev.dockwright.integrations.Executables.dockwrightLauncher;
import static dev.dockwright.integrations.Executables.onPath;
import static dev.dockwright.integrations.Executables.quote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * <p>dockwright itself runs from the test classpath through {@code $DOCKWRIGHT} (both hooks honour it), or as a
 * stand-in for the release's single file served from a {@code file://} URL, or behind a stand-in for
 * {@code docker}, so the tests build nothing and need no network; {@code mvn} is a stand-in that fails, so a
 * hook that would build says so. {@code .ci/pre-commit-e2e.sh} covers the real build-on-first-use path.
 * Skipped, with a message, where {@code git}, {@code bash}, {@code pre-commit} or {@code curl} is missing.
 */
class PreCommitHooksTest {
  private static final String BAD = "FROM alpine:3.20\nENV JAVA_HOME /opt/java\n";
  private static final String GOOD = "FROM alpine:3.20\nENV JAVA_HOME=/opt/java\n";
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @TempDir
  Path tmp;

  private Map<String, String> env;
  private Path repo;
  private Path fakeBin;

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
    fakeBin = Files.createDirectories(tmp.resolve("fake-bin"));
    env.put("PATH", fakeBin + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", ""));
    fakeTool("mvn", "echo \"mvn $*\" >> " + quote(tmp.resolve("mvn.log").toString()) + "\nexit 1\n");
    repo = Files.createDirectories(tmp.resolve("project"));
    git(repo, "init", "-q");
  }

  /** A stand-in for {@code name} on the hooks' PATH, ahead of the real one. */
  private void fakeTool(String name, String body) throws IOException {
    Executables.script(fakeBin.resolve(name), "#!/usr/bin/env bash\n" + body);
  }

  /**
   * A dockwright executable on the test classpath. It pins the rules to two stable ones so that rules added
   * later do not change what "good" means here.
   */
  private Path launcher() throws IOException {
    Path launcher = dockwrightLauncher(tmp.resolve("bin/dockwright"), "\"$1\" --select DW1000,DW3001 \"${@:2}\"");
    String text = Files.readString(launcher);
    Files.writeString(launcher, text.replace("#!/usr/bin/env bash\n",
        "#!/usr/bin/env bash\nif [ \"${1:-}\" = --version ]; then echo 'dockwright (test)'; exit 0; fi\n"));
    return launcher;
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
    return hookRepository(Files.readString(PROJECT.resolve("pom.xml")));
  }

  /** The same, with {@code pom} as its pom.xml (a release commit's pom has a release version). */
  private String hookRepository(String pom) throws IOException, InterruptedException {
    Path hooks = Files.createDirectories(tmp.resolve("dockwright-hooks"));
    for (String file : List.of(".pre-commit-hooks.yaml", "integrations/pre-commit/dockwright-hook", "bin/dockwright")) {
      Path target = hooks.resolve(file);
      Files.createDirectories(target.getParent());
      Files.copy(PROJECT.resolve(file), target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Files.writeString(hooks.resolve("pom.xml"), pom);
    assertThat(git(hooks, "init", "-q").exit()).isZero();
    assertThat(git(hooks, "add", ".").exit()).isZero();
    assertThat(git(hooks, "commit", "-q", "-m", "hooks").exit()).isZero();
    return git(hooks, "rev-parse", "HEAD").output().strip();
  }

  private Path hooks() {
    return tmp.resolve("dockwright-hooks");
  }

  /** This project's pom.xml as the release commit of {@code version} has it. */
  private static String releasePom(String version) throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"));
    Matcher m = PROJECT_VERSION.matcher(pom);
    assertThat(m.find()).as("pom.xml has a project <version>").isTrue();
    return pom.substring(0, m.start(1)) + version + pom.substring(m.end(1));
  }

  private static final Pattern PROJECT_VERSION = Pattern.compile("(?m)^  <version>([^<]+)</version>");

  /** The release this checkout is, or prepares: pom.xml's version without {@code -SNAPSHOT}. */
  private static String releaseVersion() throws IOException {
    Matcher m = PROJECT_VERSION.matcher(Files.readString(PROJECT.resolve("pom.xml")));
    assertThat(m.find()).as("pom.xml has a project <version>").isTrue();
    return m.group(1).replaceFirst("-SNAPSHOT$", "");
  }

  /** Installs pre-commit in the project with {@code hook} from the hooks repository at {@code rev}. */
  private void installPreCommit(String hook, String rev) throws IOException, InterruptedException {
    write(".pre-commit-config.yaml", "repos:\n"
        + "  - repo: " + hooks() + "\n"
        + "    rev: " + rev + "\n"
        + "    hooks:\n"
        + "      - id: " + hook + "\n"
        + "        args: [--failure-threshold, warning]\n");
    Run install = exec(repo, List.of("pre-commit", "install"));
    assertThat(install.exit()).as(install.output()).isZero();
    assertThat(commit("config", ".pre-commit-config.yaml").exit()).isZero();
  }

  private static void assumePreCommit() {
    assumeTrue(onPath("pre-commit"), "pre-commit is not installed (Debian: apt-get install pre-commit):"
        + " skipping the pre-commit framework hook test");
  }

  private static void assumeCurl() {
    assumeTrue(onPath("curl"), "curl is not installed (Debian: apt-get install curl):"
        + " skipping the test of the hook's release download");
  }

  /** A release of {@code tag} served at a file:// URL: the test launcher stands in for the single file. */
  private String releases(String tag) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("releases").resolve(tag));
    Files.copy(launcher(), dir.resolve("dockwright"), StandardCopyOption.COPY_ATTRIBUTES);
    return tmp.resolve("releases").toUri().toString();
  }

  private Run runScriptHook(String... files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(hooks().resolve("integrations/pre-commit/dockwright-hook").toString());
    command.addAll(List.of(files));
    return exec(repo, command);
  }

  private String mavenLog() throws IOException {
    Path log = tmp.resolve("mvn.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Test
  void preCommitFrameworkHookRejectsBadDockerfilesAndAcceptsGoodOnes() throws Exception {
    assumePreCommit();
    installPreCommit("dockwright", hookRepository());

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
  void manifestOffersTheImageOfThisReleaseAsADockerImageHook() throws Exception {
    JsonNode manifest = new YAMLMapper().readTree(PROJECT.resolve(".pre-commit-hooks.yaml").toFile());
    Map<String, JsonNode> hooks = new HashMap<>();
    manifest.forEach(hook -> hooks.put(hook.path("id").asText(), hook));
    assertThat(hooks).containsKeys("dockwright", "dockwright-system", "dockwright-docker");
    JsonNode docker = hooks.get("dockwright-docker");
    assertThat(docker.path("language").asText()).isEqualTo("docker_image");
    assertThat(docker.path("entry").asText()).as("the image of the release this rev is, then the command")
        .isEqualTo("ghcr.io/dockwright/dockwright:" + releaseVersion() + " lint");
    assertThat(docker.path("require_serial").asBoolean()).isTrue();
    for (String key : List.of("files", "exclude", "types")) {
      assertThat(docker.path(key)).as(key).isEqualTo(hooks.get("dockwright").path(key));
      assertThat(hooks.get("dockwright-system").path(key)).as(key).isEqualTo(hooks.get("dockwright").path(key));
    }
    if (onPath("pre-commit")) {
      Run valid = exec(PROJECT, List.of("pre-commit", "validate-manifest", ".pre-commit-hooks.yaml"));
      assertThat(valid.exit()).as(valid.output()).isZero();
    }
  }

  @Test
  void dockerImageHookRunsTheImageInTheRepository() throws Exception {
    assumePreCommit();
    // `docker run [options] IMAGE ARGS...` as pre-commit calls it: the repository mounted at /src and the
    // working directory there; the stand-in runs the image's entrypoint, dockwright, with ARGS in the mount
    Path calls = tmp.resolve("docker.log");
    fakeTool("docker", "[ \"$1\" = run ] || exit 1\nshift\nsrc= workdir=\n"
        + "while [ $# -gt 0 ]; do\n"
        + "  case $1 in\n"
        + "    --rm) shift ;;\n"
        + "    -u) shift 2 ;;\n"
        + "    -v) src=${2%%:/src:*}; shift 2 ;;\n"
        + "    --workdir) workdir=$2; shift 2 ;;\n"
        + "    -*) echo \"docker stand-in: unexpected option $1\" >&2; exit 125 ;;\n"
        + "    *) break ;;\n"
        + "  esac\n"
        + "done\n"
        + "printf '%s\\n' \"$*\" >> " + quote(calls.toString()) + "\n"
        + "[ \"$workdir\" = /src ] && [ -n \"$src\" ] || exit 125\n"
        + "image=$1; shift\n"
        + "cd \"$src\" && exec \"$DOCKWRIGHT\" \"$@\"\n");
    installPreCommit("dockwright-docker", hookRepository());
    String image = "ghcr.io/dockwright/dockwright:" + releaseVersion();

    write("docker/app/Dockerfile", BAD);
    Run rejected = commit("bad", "docker/app/Dockerfile");
    assertThat(rejected.exit()).as(rejected.output()).isNotZero();
    assertThat(rejected.output()).contains("Failed")
        .contains("docker/app/Dockerfile:2:5: warning [DW3001 legacy-key-value-format]");
    assertThat(Files.readString(calls)).isEqualTo(image + " lint --failure-threshold warning docker/app/Dockerfile\n");

    write("docker/app/Dockerfile", GOOD);
    Run accepted = commit("good", "docker/app/Dockerfile");
    assertThat(accepted.exit()).as(accepted.output()).isZero();
    assertThat(accepted.output()).contains("Passed");
  }

  @Test
  void scriptHookOfATaggedRevDownloadsItsReleaseOnce() throws Exception {
    assumeCurl();
    hookRepository();
    assertThat(git(hooks(), "tag", "v9.9.9").exit()).isZero();
    env.remove("DOCKWRIGHT");
    env.put("DOCKWRIGHT_RELEASES_URL", releases("v9.9.9"));

    write("Dockerfile", BAD);
    Run rejected = runScriptHook("Dockerfile");
    assertThat(rejected.exit()).as(rejected.output()).isEqualTo(1);
    assertThat(rejected.output()).contains("downloading file:").contains("/v9.9.9/dockwright")
        .contains("Dockerfile:2:5: warning [DW3001 legacy-key-value-format]");
    assertThat(hooks().resolve("target/dockwright-v9.9.9")).isExecutable();

    deleteTree(tmp.resolve("releases"));
    write("Dockerfile", GOOD);
    Run accepted = runScriptHook("Dockerfile");
    assertThat(accepted.exit()).as("the downloaded file is reused: %s", accepted.output()).isZero();
    assertThat(accepted.output()).doesNotContain("downloading");
    assertThat(mavenLog()).as("nothing is built").isEmpty();
  }

  @Test
  void scriptHookBuildsWithMavenWhenThereIsNoReleaseToDownload() throws Exception {
    assumeCurl();
    hookRepository();
    env.remove("DOCKWRIGHT");
    env.put("DOCKWRIGHT_RELEASES_URL", releases("v9.9.9"));
    write("Dockerfile", GOOD);

    Run untagged = runScriptHook("Dockerfile");
    assertThat(untagged.exit()).as("a rev that is no release builds: %s", untagged.output()).isEqualTo(2);
    assertThat(untagged.output()).doesNotContain("downloading").contains("build failed");
    assertThat(mavenLog()).contains("package");

    assertThat(git(hooks(), "tag", "v9.9.8").exit()).isZero();
    Run missing = runScriptHook("Dockerfile");
    assertThat(missing.exit()).as(missing.output()).isEqualTo(2);
    assertThat(missing.output()).contains("/v9.9.8/dockwright").contains("building from source with Maven")
        .contains("build failed");
    assertThat(hooks().resolve("target")).isDirectoryNotContaining("glob:**/dockwright-v9.9.8*");
  }

  @Test
  void preCommitFrameworkHookOfAReleasedRevRunsTheReleaseWithoutMaven() throws Exception {
    assumePreCommit();
    assumeCurl();
    // pre-commit's shallow clone of a tag carries no tags: the hook knows the release by the pom's version
    hookRepository(releasePom("9.9.9"));
    assertThat(git(hooks(), "tag", "v9.9.9").exit()).isZero();
    env.remove("DOCKWRIGHT");
    env.put("DOCKWRIGHT_RELEASES_URL", releases("v9.9.9"));
    installPreCommit("dockwright", "v9.9.9");

    write("Dockerfile", BAD);
    Run rejected = commit("bad", "Dockerfile");
    assertThat(rejected.exit()).as(rejected.output()).isNotZero();
    assertThat(rejected.output()).contains("Dockerfile:2:5: warning [DW3001 legacy-key-value-format]");

    write("Dockerfile", GOOD);
    Run accepted = commit("good", "Dockerfile");
    assertThat(accepted.exit()).as(accepted.output()).isZero();
    assertThat(mavenLog()).as("nothing is built").isEmpty();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
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
