package dev.dockwright.integrations;

import static dev.dockwright.integrations.Executables.dockwrightLauncher;
import static dev.dockwright.integrations.Executables.onPath;
import static dev.dockwright.integrations.Executables.quote;
import static dev.dockwright.integrations.Executables.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwright.report.ReportSchemas;
import dev.dockwright.report.Reporters;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code integrations/github/action.sh}, the steps of the GitHub Action, run as action.yml runs them: inputs
 * as environment variables, outputs in {@code $GITHUB_OUTPUT}. dockwright is a fake that records its
 * arguments, writes "FORMAT report" to each {@code --output} (paired by position, as dockwright pairs them)
 * and the rest to standard output, and exits with {@code $FAKE_EXIT}; one test runs the real linter. The
 * release asset is served from a directory through a {@code file://} URL, and the build is a command that
 * copies a fake into place, so nothing needs the network or Maven.
 */
class ActionScriptTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path SCRIPT = PROJECT.resolve("integrations/github/action.sh");

  @TempDir
  Path tmp;

  private Path workspace;
  private Path runnerTemp;
  private Path githubOutput;
  private Path checkout;
  private Path argv;
  private Path fake;
  private Map<String, String> env;

  private record Run(int exit, String out, String err) {}

  @BeforeEach
  void runner() throws IOException {
    workspace = Files.createDirectories(tmp.resolve("workspace"));
    runnerTemp = Files.createDirectories(tmp.resolve("runner-temp"));
    githubOutput = Files.createFile(tmp.resolve("github-output"));
    checkout = Files.createDirectories(tmp.resolve("action"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    argv = tmp.resolve("argv");
    fake = fakeDockwright(tmp.resolve("fake/dockwright"), argv);
    env = new HashMap<>();
    // Java 17 first on PATH, so that setup's needs-java does not depend on the machine's Java.
    env.put("PATH", java(tmp.resolve("java17"), "17").getParent() + File.pathSeparator + System.getenv("PATH"));
    env.put("HOME", tmp.toString());
    env.put("GITHUB_OUTPUT", githubOutput.toString());
    env.put("GITHUB_ACTION_PATH", checkout.toString());
    env.put("RUNNER_TEMP", runnerTemp.toString());
    env.put("RUNNER_OS", "Linux");
    env.put("DOCKWRIGHT_BIN", fake.toString());
  }

  private static Path fakeDockwright(Path file, Path argvFile) throws IOException {
    return script(file, """
        #!/usr/bin/env bash
        printf '%%s\\n' "$@" > %s
        formats=() outputs=()
        while [ $# -gt 0 ]; do
          case "$1" in
            --format) formats+=("$2"); shift ;;
            --output) outputs+=("$2"); shift ;;
          esac
          shift
        done
        for i in "${!formats[@]}"; do
          if [ "$i" -lt "${#outputs[@]}" ]; then
            echo "${formats[$i]} report" > "${outputs[$i]}"
          else
            echo "${formats[$i]} report"
          fi
        done
        exit "${FAKE_EXIT:-0}"
        """.formatted(quote(argvFile.toString())));
  }

  /** A {@code java} that reports the given {@code java.specification.version}, as the real one does. */
  private static Path java(Path dir, String specificationVersion) throws IOException {
    return script(dir.resolve("java"), "#!/bin/sh\n"
        + "echo 'Property settings:' >&2\n"
        + "echo '    java.specification.version = " + specificationVersion + "' >&2\n"
        + "echo 'openjdk version \"" + specificationVersion + "\"' >&2\n");
  }

  private Run action(String step) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), step).directory(workspace.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
    Process p = pb.start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("action.sh %s finished", step).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private List<String> dockwrightArgs() throws IOException {
    return Files.readAllLines(argv);
  }

  private List<String> outputs() throws IOException {
    return Files.readAllLines(githubOutput);
  }

  private Map<String, String> outputMap() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : outputs()) {
      int eq = line.indexOf('=');
      out.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return out;
  }

  private String sarif() {
    return runnerTemp.resolve("dockwright.sarif").toString();
  }

  private void workspaceFile(String path) throws IOException {
    Path file = workspace.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "FROM alpine:3.20\n");
  }

  // lint: the command line

  @Test
  void defaultsLintTheWorkspaceWithSarifToAFileAndTtyToTheLog() throws Exception {
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dockwrightArgs()).containsExactly("lint", "--format", "sarif", "--output", sarif(), "--format", "tty",
        "--", ".");
    assertThat(r.out()).isEqualTo("tty report\n");
    assertThat(Files.readString(Path.of(sarif()))).isEqualTo("sarif report\n");
    assertThat(outputs()).containsExactly("exit-code=0", "sarif-file=" + sarif());
    assertThat(r.err()).isEqualTo("dockwright action: running: " + fake + " lint --format sarif --output " + sarif()
        + " --format tty -- .\n");
  }

  @Test
  void everyInputBecomesItsOption() throws Exception {
    env.put("INPUT_DOCKERFILE", "docker/");
    env.put("INPUT_FORMAT", "json");
    env.put("INPUT_OUTPUT_FILE", "reports/dockwright.json");
    env.put("INPUT_FAILURE_THRESHOLD", "warning");
    env.put("INPUT_CONFIG", "ci/dockwright.yaml");
    env.put("INPUT_IGNORE", "DL3008, DL3009 no-latest-tag,,\nDW1000");
    env.put("INPUT_NO_FAIL", "true");
    env.put("INPUT_SARIF_UPLOAD", "true");
    Files.createDirectories(workspace.resolve("reports"));
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dockwrightArgs()).containsExactly("lint", "--format", "sarif", "--output", sarif(),
        "--format", "json", "--output", "reports/dockwright.json", "--failure-threshold", "warning",
        "--config", "ci/dockwright.yaml", "--ignore", "DL3008", "--ignore", "DL3009", "--ignore", "no-latest-tag",
        "--ignore", "DW1000", "--", "docker/");
    assertThat(Files.readString(workspace.resolve("reports/dockwright.json"))).isEqualTo("json report\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void withoutSarifUploadOnlyTheRequestedReportIsWritten() throws Exception {
    env.put("INPUT_SARIF_UPLOAD", "false");
    env.put("INPUT_FORMAT", "gnu");
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dockwrightArgs()).containsExactly("lint", "--format", "gnu", "--", ".");
    assertThat(r.out()).isEqualTo("gnu report\n");
    assertThat(outputs()).containsExactly("exit-code=0");
    assertThat(Path.of(sarif())).doesNotExist();
  }

  @Test
  void inputsAreReadInAnyCaseAsGitHubExpressionsCompareThem() throws Exception {
    env.put("INPUT_FORMAT", "SARIF");
    env.put("INPUT_SARIF_UPLOAD", "False");
    env.put("INPUT_NO_FAIL", "TRUE");
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dockwrightArgs()).containsExactly("lint", "--format", "sarif", "--", ".");
  }

  // lint and gate: exit codes

  @Test
  void findingsAreRecordedThenFailTheJobInTheGateAfterTheUpload() throws Exception {
    env.put("FAKE_EXIT", "1");
    Run lint = action("lint");
    assertThat(lint.exit()).as("the lint step lets the upload step run").isZero();
    assertThat(outputs()).containsExactly("exit-code=1", "sarif-file=" + sarif());

    env.put("DOCKWRIGHT_EXIT_CODE", "1");
    Run gate = action("gate");
    assertThat(gate.exit()).isEqualTo(1);
    assertThat(gate.err()).isEqualTo("dockwright action: findings at or above the failure threshold (see the lint"
        + " step); no-fail: true lets the job go on\n");

    env.put("INPUT_NO_FAIL", "true");
    Run noFail = action("gate");
    assertThat(noFail.exit()).isZero();
    assertThat(noFail.err()).isEqualTo("dockwright action: findings at or above the failure threshold; no-fail is"
        + " set, so the job goes on\n");
  }

  @Test
  void aCleanRunPassesTheGate() throws Exception {
    env.put("DOCKWRIGHT_EXIT_CODE", "0");
    Run gate = action("gate");
    assertThat(gate.exit()).isZero();
    assertThat(gate.err()).isEmpty();
  }

  @Test
  void whenDockwrightCannotRunThereIsNoSarifAndTheGateFailsEvenWithNoFail() throws Exception {
    Path fails = script(tmp.resolve("fails/dockwright"), "#!/bin/sh\necho \"dockwright: cannot read 'x'\" >&2\n"
        + "exit 2\n");
    env.put("DOCKWRIGHT_BIN", fails.toString());
    Files.writeString(Path.of(sarif()), "a stale SARIF file from an earlier step");
    Run lint = action("lint");
    assertThat(lint.exit()).isZero();
    assertThat(lint.err()).endsWith("dockwright: cannot read 'x'\n");
    assertThat(outputs()).as("nothing to upload").containsExactly("exit-code=2");
    assertThat(Path.of(sarif())).doesNotExist();

    env.put("DOCKWRIGHT_EXIT_CODE", "2");
    env.put("INPUT_NO_FAIL", "true");
    Run gate = action("gate");
    assertThat(gate.exit()).isEqualTo(2);
    assertThat(gate.err()).isEqualTo("dockwright action: dockwright could not lint (exit 2; see the lint step)\n");
  }

  @Test
  void theGateNeedsTheLintStepsExitCode() throws Exception {
    Run gate = action("gate");
    assertThat(gate.exit()).isEqualTo(2);
    assertThat(gate.err()).isEqualTo("dockwright action: no exit code from the lint step (got '')\n");
  }

  // lint: the dockerfile input

  @Test
  void aGlobIsExpandedRecursivelyWithoutIgnoreFiles() throws Exception {
    for (String path : List.of("Dockerfile", "Dockerfile.dockerignore", "notes.txt", "sub/Dockerfile.dev",
        "sub/deep/Dockerfile", "my dir/Dockerfile", "sub/app.Dockerfile")) {
      workspaceFile(path);
    }
    env.put("INPUT_DOCKERFILE", "**/Dockerfile*");
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> args = dockwrightArgs();
    assertThat(args.subList(args.indexOf("--") + 1, args.size()))
        .containsExactly("Dockerfile", "my dir/Dockerfile", "sub/Dockerfile.dev", "sub/deep/Dockerfile");
  }

  @Test
  void anExistingPathIsPassedAsItIsEvenWithGlobCharacters() throws Exception {
    workspaceFile("app[1]/Dockerfile");
    workspaceFile("app1/Dockerfile");
    env.put("INPUT_DOCKERFILE", "app[1]/Dockerfile");
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(dockwrightArgs()).endsWith("--", "app[1]/Dockerfile");
  }

  @Test
  void aGlobThatMatchesNothingIsAnError() throws Exception {
    env.put("INPUT_DOCKERFILE", "**/Containerfile*");
    workspaceFile("Dockerfile");
    Run r = action("lint");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright action: input 'dockerfile': no file matches '**/Containerfile*'\n");
    assertThat(argv).as("dockwright did not run").doesNotExist();
    assertThat(outputs()).isEmpty();
  }

  // lint: invalid inputs

  @Test
  void anUnknownFormatNamesTheInputAndTheFormatsDockwrightHas() throws Exception {
    env.put("INPUT_FORMAT", "xml");
    Run r = action("lint");
    assertThat(r.exit()).isEqualTo(2);
    String prefix = "dockwright action: input 'format' must be one of ";
    String suffix = ", not 'xml'\n";
    assertThat(r.err()).startsWith(prefix).endsWith(suffix);
    String formats = r.err().substring(prefix.length(), r.err().length() - suffix.length());
    assertThat(Arrays.asList(formats.split(" "))).containsExactlyInAnyOrderElementsOf(Reporters.names());
    assertThat(argv).doesNotExist();
  }

  @Test
  void aBooleanInputMustBeTrueOrFalse() throws Exception {
    env.put("INPUT_NO_FAIL", "yes");
    Run noFail = action("lint");
    assertThat(noFail.exit()).isEqualTo(2);
    assertThat(noFail.err()).isEqualTo("dockwright action: input 'no-fail' must be true or false, not 'yes'\n");

    env.put("INPUT_NO_FAIL", "false");
    env.put("INPUT_SARIF_UPLOAD", "1");
    Run upload = action("lint");
    assertThat(upload.exit()).isEqualTo(2);
    assertThat(upload.err()).isEqualTo("dockwright action: input 'sarif-upload' must be true or false, not '1'\n");
    assertThat(argv).doesNotExist();
    assertThat(outputs()).isEmpty();
  }

  @Test
  void anUnknownStepIsAnError() throws Exception {
    Run r = action("deploy");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright action: usage: action.sh setup|build|lint|gate (the steps of"
        + " action.yml)\n");
  }

  // setup and build: the release asset, else a build

  private Path releases() throws IOException {
    Path releases = Files.createDirectories(tmp.resolve("releases"));
    env.put("DOCKWRIGHT_RELEASES_URL", releases.toUri().toString().replaceAll("/$", ""));
    env.put("DOCKWRIGHT_ACTION_REPOSITORY", "dockwright/dockwright");
    env.put("DOCKWRIGHT_ACTION_REF", "v9.9.9");
    return releases;
  }

  @Test
  void setupDownloadsTheReleaseAssetOfTheActionsRefAndMakesItExecutable() throws Exception {
    assumeTrue(onPath("curl"), "needs curl (Debian package curl)");
    Path asset = releases().resolve("dockwright/dockwright/releases/download/v9.9.9/dockwright");
    Path assetArgv = tmp.resolve("asset-argv");
    fakeDockwright(asset, assetArgv);
    Files.setPosixFilePermissions(asset, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

    Run setup = action("setup");
    assertThat(setup.exit()).as(setup.err()).isZero();
    Path downloaded = runnerTemp.resolve("dockwright-action/dockwright");
    assertThat(outputs()).containsExactly("needs-java=false", "executable=" + downloaded, "build=false");
    assertThat(setup.err()).isEqualTo("dockwright action: using the release asset " + env.get("DOCKWRIGHT_RELEASES_URL")
        + "/dockwright/dockwright/releases/download/v9.9.9/dockwright\n");
    assertThat(Files.isExecutable(downloaded)).isTrue();
    assertThat(Files.readString(downloaded)).isEqualTo(Files.readString(asset));

    env.put("DOCKWRIGHT_BIN", outputMap().get("executable"));
    Run lint = action("lint");
    assertThat(lint.exit()).as(lint.err()).isZero();
    assertThat(Files.readAllLines(assetArgv)).startsWith("lint", "--format", "sarif");
    assertThat(argv).doesNotExist();
  }

  @Test
  void withoutAnAssetSetupPlansACachedBuildAndBuildMakesTheExecutable() throws Exception {
    assumeTrue(onPath("curl"), "needs curl (Debian package curl)");
    releases();
    Run setup = action("setup");
    assertThat(setup.exit()).as(setup.err()).isZero();
    assertThat(setup.err()).startsWith("dockwright action: no release asset for v9.9.9 (curl: (37)")
        .endsWith("): building dockwright from source\n");
    Map<String, String> outputs = outputMap();
    assertThat(outputs.keySet()).containsExactly("needs-java", "executable", "build", "cache-key",
        "cache-restore-key");
    assertThat(outputs).containsEntry("needs-java", "false")
        .containsEntry("executable", checkout.resolve("target/dockwright").toString())
        .containsEntry("build", "true")
        .containsEntry("cache-restore-key", "dockwright-build-Linux-v9.9.9-");
    assertThat(outputs.get("cache-key")).matches("dockwright-build-Linux-v9\\.9\\.9-[0-9a-f]{16}");

    Path built = tmp.resolve("built/dockwright");
    fakeDockwright(built, tmp.resolve("built-argv"));
    env.put("DOCKWRIGHT_BUILD", "mkdir -p target && cp " + quote(built.toString()) + " target/dockwright");
    Run build = action("build");
    assertThat(build.exit()).as(build.err()).isZero();
    assertThat(build.err()).isEqualTo("dockwright action: building dockwright in " + checkout + ": "
        + env.get("DOCKWRIGHT_BUILD") + "\n");

    env.put("DOCKWRIGHT_BIN", outputs.get("executable"));
    assertThat(action("lint").exit()).isZero();
    assertThat(Files.readAllLines(tmp.resolve("built-argv"))).startsWith("lint", "--format", "sarif");
  }

  @Test
  void theCacheKeyFollowsTheSourcesNotTheBuildOutput() throws Exception {
    env.put("DOCKWRIGHT_ACTION_REF", "feature/faster, better");
    String first = cacheKey();
    assertThat(first).startsWith("dockwright-build-Linux-feature-faster--better-");
    Files.createDirectories(checkout.resolve("target"));
    Files.writeString(checkout.resolve("target/dockwright"), "built");
    assertThat(cacheKey()).isEqualTo(first);
    Files.writeString(checkout.resolve("pom.xml"), "<project><!-- changed --></project>\n");
    assertThat(cacheKey()).isNotEqualTo(first);
  }

  private String cacheKey() throws IOException, InterruptedException {
    Files.writeString(githubOutput, "");
    Run setup = action("setup");
    assertThat(setup.exit()).as(setup.err()).isZero();
    return outputMap().get("cache-key");
  }

  @Test
  void withoutTheActionsRefSetupBuildsWithoutTryingADownload() throws Exception {
    Run setup = action("setup");
    assertThat(setup.exit()).isZero();
    assertThat(setup.err()).isEqualTo("dockwright action: the action's repository and ref are unknown (a local"
        + " action?): building dockwright from source\n");
    assertThat(outputMap()).containsEntry("build", "true").containsEntry("cache-restore-key",
        "dockwright-build-Linux-local-");
  }

  @Test
  void aFailedBuildAndABuildWithoutTheExecutableAreErrors() throws Exception {
    env.put("DOCKWRIGHT_BUILD", "echo compiling; exit 3");
    Run failed = action("build");
    assertThat(failed.exit()).isEqualTo(2);
    assertThat(failed.out()).isEqualTo("compiling\n");
    assertThat(failed.err()).endsWith("dockwright action: the build failed: echo compiling; exit 3 (in " + checkout
        + ")\n");

    env.put("DOCKWRIGHT_BUILD", "true");
    Run nothing = action("build");
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).endsWith("dockwright action: the build did not produce " + checkout
        + "/target/dockwright\n");
  }

  // setup: Java

  @Test
  void setupAsksForJavaUnlessEveryJavaTheExecutableMightRunIs17OrLater() throws Exception {
    assertThat(needsJava(null, "17")).isEqualTo("false");
    assertThat(needsJava(null, "21")).isEqualTo("false");
    assertThat(needsJava(null, "11")).isEqualTo("true");
    assertThat(needsJava(null, "1.8")).isEqualTo("true");
    assertThat(needsJava("21", "17")).isEqualTo("false");
    assertThat(needsJava("11", "17")).as("JAVA_HOME is Java 11").isEqualTo("true");
    assertThat(needsJava("17", "11")).as("PATH has Java 11").isEqualTo("true");
    Path noJava = Files.createDirectories(tmp.resolve("jre-without-java"));
    env.put("JAVA_HOME", noJava.toString());
    assertThat(needsJavaOutput()).as("JAVA_HOME without bin/java").isEqualTo("true");
  }

  private String needsJava(String javaHome, String onPath) throws IOException, InterruptedException {
    Path pathJava = java(tmp.resolve("path-java-" + onPath), onPath);
    env.put("PATH", pathJava.getParent() + File.pathSeparator + System.getenv("PATH"));
    env.remove("JAVA_HOME");
    if (javaHome != null) {
      Path home = tmp.resolve("java-home-" + javaHome);
      java(home.resolve("bin"), javaHome);
      env.put("JAVA_HOME", home.toString());
    }
    return needsJavaOutput();
  }

  private String needsJavaOutput() throws IOException, InterruptedException {
    Files.writeString(githubOutput, "");
    assertThat(action("setup").exit()).isZero();
    return outputMap().get("needs-java");
  }

  // the real linter

  @Test
  void theRealLinterWritesItsReportToTheLogAndParseableSarif() throws Exception {
    Path project = PROJECT.resolve("testdata/cli/project");
    Path config = tmp.resolve("dockwright.yaml");
    Files.writeString(config, "select: [DW1000, DW1001, DW3000, DW3001, DW3002]\n");
    env.put("DOCKWRIGHT_BIN", dockwrightLauncher(tmp.resolve("real/dockwright"), "\"$@\"").toString());
    env.put("INPUT_FORMAT", "gnu");
    env.put("INPUT_CONFIG", config.toString());
    env.put("INPUT_IGNORE", "DW3002");
    env.put("INPUT_FAILURE_THRESHOLD", "error");
    workspace = project;
    Run r = action("lint");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        Dockerfile:2:1: error: `MAINTAINER` is deprecated: use `LABEL maintainer="Jane Doe"` instead [DW3000]
        Dockerfile:3:5: warning: `ENV GREETING <value>` is the legacy form: write `ENV GREETING=<value>` [DW3001]
        sub/Dockerfile.dev:4:5: warning: RUN continues across an empty line (line 3): Docker ignores it today and will\
         reject it in a future release [DW1001]
        """);
    assertThat(outputs()).containsExactly("exit-code=1", "sarif-file=" + sarif());

    JsonNode log = ReportSchemas.assertValidSarif(Files.readString(Path.of(sarif())));
    List<String> results = new ArrayList<>();
    for (JsonNode result : log.at("/runs/0/results")) {
      results.add(result.get("ruleId").asText() + " "
          + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
          + result.at("/locations/0/physicalLocation/region/startLine").asInt());
    }
    assertThat(results).containsExactly("DW3000 Dockerfile:2", "DW3001 Dockerfile:3", "DW1001 sub/Dockerfile.dev:4");
  }
}
