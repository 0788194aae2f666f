package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as users and scripts see it: full output of every format on {@code testdata/cli/},
 * exit codes, bad options, missing files, stdin, directories with ignored paths, fixing in place.
 * Golden files live in {@code testdata/cli/expected/}; run with {@code -Ddockwright.updateGolden=true} to
 * rewrite them, then review the diff.
 */
class CliEndToEndTest {
  /** The rules whose output the goldens pin; new rules must not change these files. */
  private static final String RULES = "DW1000,DW1001,DW3000,DW3001,DW3002";

  record Result(int exit, String out, String err) {}

  static Result withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString());
  }

  static Result cli(String... args) {
    return withStdin("", args);
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = Path.of("testdata/cli/expected", name);
    if (Boolean.getBoolean("dockwright.updateGolden")) {
      Files.writeString(file, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void ttyReportOfADirectory() throws IOException {
    Result r = cli("lint", "--select", RULES, "--no-color", "testdata/cli/project");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    golden("project.tty", r.out());
  }

  @Test
  void gnuReport() throws IOException {
    Result r = cli("lint", "--select", RULES, "--format", "gnu", "testdata/cli/project");
    assertThat(r.exit()).isEqualTo(1);
    golden("project.gnu", r.out());
  }

  @Test
  void jsonReport() throws IOException {
    Result r = cli("lint", "--select", RULES, "--format", "json", "testdata/cli/project");
    assertThat(r.exit()).isEqualTo(1);
    golden("project.json", r.out().replace(Versions.version(), "VERSION"));
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("findings")).hasSize(4);
  }

  @Test
  void defaultCommandIsLint() {
    Result r = cli("--select", RULES, "--format", "gnu", "testdata/cli/project/Dockerfile");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("testdata/cli/project/Dockerfile:2:1: error: `MAINTAINER` is deprecated");
  }

  @Test
  void cleanFileExitsZero() {
    Result r = cli("lint", "--no-color", "testdata/cli/project/clean/Containerfile");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("No problems found in 1 file.\n");
  }

  @Test
  void failureThresholdAndExitZero() {
    assertThat(cli("lint", "--select", "DW3001", "--failure-threshold", "error", "testdata/cli/project").exit())
        .isZero();
    assertThat(cli("lint", "--select", "DW3001", "--failure-threshold", "warning", "testdata/cli/project").exit())
        .isEqualTo(1);
    assertThat(cli("lint", "--exit-zero", "testdata/cli/project").exit()).isZero();
    assertThat(cli("lint", "--failure-threshold", "none", "testdata/cli/project").exit()).isZero();
  }

  @Test
  void usageErrorsAreOneLineWithExitTwo() {
    List<String[]> cases = List.of(
        new String[] {"lint", "--frobnicate", "x"},
        new String[] {"lint", "no/such/file"},
        new String[] {"lint", "--ignore", "DL9999", "testdata/cli/project"},
        new String[] {"lint", "--select", "maintainer-deprecate", "testdata/cli/project"},
        new String[] {"lint", "--failure-threshold", "loud", "testdata/cli/project"},
        new String[] {"lint", "--systemd-cgroup", "v3", "testdata/cli/project"},
        new String[] {"lint", "--target", "a stage", "testdata/cli/project"},
        new String[] {"lint", "--format", "yaml", "testdata/cli/project"},
        new String[] {"lint", "--compat", "hadolnt", "testdata/cli/project"},
        new String[] {"explain", "nope"});
    List<String> messages = new ArrayList<>();
    for (String[] args : cases) {
      Result r = cli(args);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines().count()).as("one line for %s: %s", String.join(" ", args), r.err()).isEqualTo(1);
      messages.add(r.err().strip());
    }
    assertThat(messages).containsExactly(
        "dockwright: Unknown option: '--frobnicate' (see 'dockwright lint --help')",
        "dockwright: cannot read 'no/such/file': no such file or directory",
        "dockwright: unknown rule 'DL9999'; see 'dockwright rules'",
        "dockwright: unknown rule 'maintainer-deprecate'; did you mean 'maintainer-deprecated'?",
        "dockwright: --failure-threshold takes error, warning, info, style or none, not 'loud'",
        "dockwright: --systemd-cgroup takes v1, v2 or auto, not 'v3'",
        "dockwright: --target takes a stage name (FROM ... AS NAME), not 'a stage'",
        "dockwright: unknown --format 'yaml'; use " + String.join(", ", dev.dockwright.report.Reporters.names()),
        "dockwright: --compat takes hadolint or none, not 'hadolnt'",
        "dockwright: unknown rule 'nope'; see 'dockwright rules'");
  }

  /** Without paths, lint lints ./Dockerfile, as hadolint does: the repository's own, which is clean. */
  @Test
  void withoutPathsLintsTheDockerfileInTheWorkingDirectory() {
    Result r = cli("lint", "--format", "gnu");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    assertThat(r.exit()).isZero();
  }

  /** ... and says what to do where there is none. */
  @Test
  void withoutPathsOrADockerfileSaysWhatToName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classpath, "dev.dockwright.cli.Main", "lint").directory(dir.toFile()).redirectOutput(
        ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err).isEqualTo("dockwright: no Dockerfile in the current directory: name files or directories to"
        + " lint, e.g. 'dockwright lint path/to/Dockerfile'\n");
  }

  /** The cache rules look at the stage the image is built to: the last one, or --target's. */
  @Test
  void targetChoosesTheStagesThatShip() {
    String file = "FROM alpine:3.20 AS tools\nRUN apk add curl\nFROM alpine:3.20\nCMD [\"sh\"]\n";
    Result last = withStdin(file, "lint", "--select", "apk-add-missing-no-cache", "--format", "gnu", "-");
    assertThat(last.exit()).isZero();
    Result tools = withStdin(file, "lint", "--select", "apk-add-missing-no-cache", "--format", "gnu", "--target",
        "tools", "-");
    assertThat(tools.exit()).isEqualTo(1);
    assertThat(tools.out()).startsWith("-:2:5: ");
  }

  @Test
  void standardInputWithAName() {
    Result r = withStdin("FROM alpine\nMAINTAINER me\n", "lint", "--select", RULES, "--format", "gnu",
        "--stdin-filename", "app/Dockerfile", "-");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("app/Dockerfile:2:1: error: `MAINTAINER` is deprecated: use `LABEL"
        + " maintainer=\"me\"` instead [DW3000]\n");
  }

  @Test
  void directoryWalkHonoursGitignoreAndSkipsGit(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".gitignore"), "ignored/\n*.generated.Dockerfile\n!keep.generated.Dockerfile\n");
    for (String f : List.of("Dockerfile", "ignored/Dockerfile", "svc/Containerfile.prod", "a.generated.Dockerfile",
        "keep.generated.Dockerfile", "svc/api.Dockerfile", ".git/Dockerfile", "svc/notes.md")) {
      Path p = dir.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "FROM alpine\nMAINTAINER x\n");
    }
    Result r = cli("lint", "--select", "DW3000", "--format", "gnu", dir.toString());
    List<String> files = r.out().lines().map(l -> dir.relativize(Path.of(l.substring(0, l.indexOf(':')))).toString())
        .toList();
    assertThat(files).containsExactly("Dockerfile", "keep.generated.Dockerfile", "svc/Containerfile.prod",
        "svc/api.Dockerfile");
  }

  @Test
  void fixRewritesInPlaceKeepingBomCrlfAndPermissions(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    byte[] original = ("\uFEFFFROM alpine\r\nrun echo \\\r\n\r\n  hi\r\nENV A b\r\n").getBytes(StandardCharsets.UTF_8);
    Files.write(file, original);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));

    Result diff = cli("lint", "--select", RULES, "--diff", file.toString());
    assertThat(diff.exit()).isEqualTo(1);
    assertThat(diff.out()).contains("-run echo \\\r", "+RUN echo \\\r", "-ENV A b\r", "+ENV A=b\r");
    assertThat(diff.out()).startsWith("--- a" + file + "\n+++ b" + file + "\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(original);

    Result fixed = cli("lint", "--select", RULES, "--fix", "--no-color", file.toString());
    assertThat(fixed.exit()).isZero();
    assertThat(fixed.out()).isEqualTo("No problems found in 1 file.\n");
    assertThat(Files.readString(file)).isEqualTo("\uFEFFFROM alpine\r\nRUN echo \\\r\n  hi\r\nENV A=b\r\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rwxr-x---");
    byte[] once = Files.readAllBytes(file);
    cli("lint", "--select", RULES, "--fix", file.toString());
    assertThat(Files.readAllBytes(file)).isEqualTo(once);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("Dockerfile");
    }
  }

  @Test
  void fileWithSyntaxErrorsIsNotFixed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nrun x\nRUNN y\n");
    Result r = cli("lint", "--select", RULES, "--fix", file.toString());
    assertThat(r.err()).isEqualTo("dockwright: " + file + ": not fixed: line 3 has a syntax error (unknown"
        + " instruction `RUNN`: did you mean `RUN`?); fix it first\n");
    assertThat(Files.readString(file)).isEqualTo("FROM alpine\nrun x\nRUNN y\n");
    assertThat(r.exit()).isEqualTo(1);
  }

  @Test
  void fixFromStandardInputPrintsTheFixedText() {
    Result r = withStdin("FROM alpine\nrun x\n", "lint", "--select", RULES, "--fix", "--quiet", "-");
    assertThat(r.out()).isEqualTo("FROM alpine\nRUN x\n");
    assertThat(r.exit()).isZero();
  }

  @Test
  void baselineReportsOnlyNewFindings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nMAINTAINER a\n");
    Path baseline = dir.resolve("baseline.json");
    assertThat(cli("lint", "--select", RULES, "--write-baseline", baseline.toString(), file.toString()).exit())
        .isEqualTo(1);
    Files.writeString(file, "# moved down\nFROM alpine\n\nMAINTAINER a\nENV X y\n");
    Result r = cli("lint", "--select", RULES, "--baseline", baseline.toString(), "--format", "gnu",
        file.toString());
    assertThat(r.out()).isEqualTo(file + ":5:5: warning: `ENV X <value>` is the legacy form: write `ENV X=<value>`"
        + " [DW3001]\n");
    Result broken = cli("lint", "--baseline", dir.resolve("nope.json").toString(), file.toString());
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).startsWith("dockwright: cannot read baseline");
  }

  @Test
  void rulesAndExplain() throws IOException {
    Result json = cli("rules", "--format", "json");
    assertThat(json.exit()).isZero();
    JsonNode rules = new ObjectMapper().readTree(json.out());
    assertThat(rules.findValuesAsText("id")).contains("DW1000", "DW3000");
    Result explain = cli("explain", "DL4000");
    assertThat(explain.out()).startsWith("# DW3000 maintainer-deprecated\n\nMAINTAINER is deprecated;");
    assertThat(explain.out()).contains("## Why is this bad?");
  }

  @Test
  void configFileIsReadAndErrorsNameTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nMAINTAINER a\nENV X y\n");
    Path config = dir.resolve(".dockwright.yaml");
    Files.writeString(config, "ignore: [maintainer-deprecated]\nfailure-threshold: error\n");
    Result r = cli("lint", "--config", config.toString(), "--select", RULES, "--format", "gnu", file.toString());
    assertThat(r.out()).isEqualTo(file + ":3:5: warning: `ENV X <value>` is the legacy form: write `ENV X=<value>`"
        + " [DW3001]\n");
    assertThat(r.exit()).as("warnings are below the configured threshold").isZero();

    Files.writeString(config, "ignore: [maintainer-deprecated]\nignored: [x]\n");
    Result broken = cli("lint", "--config", config.toString(), file.toString());
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.err()).isEqualTo("dockwright: " + config + ":2:1: unknown key 'ignored'; did you mean"
        + " 'ignore'?\n");

    Files.writeString(config, "ignore:\n  - maintainer-deprecate\n");
    Result unknownRule = cli("lint", "--config", config.toString(), file.toString());
    assertThat(unknownRule.exit()).isEqualTo(2);
    assertThat(unknownRule.err()).isEqualTo("dockwright: " + config + ":2:5: unknown rule 'maintainer-deprecate';"
        + " did you mean 'maintainer-deprecated'?\n");
  }

  @Test
  void shellCheckCodesAreIgnoredByCommandLineAndConfig(@TempDir Path dir) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(dev.dockwright.shellcheck.ShellCheckRunner.onPath().isPresent(),
        "shellcheck is not on PATH: install it (apt-get install shellcheck) to run this test");
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nRUN echo $foo\n");
    Result both = cli("lint", "--no-config", "--select", "shellcheck", "--format", "gnu", file.toString());
    assertThat(both.out()).contains("SC2086:", "SC2154:");
    Result flag = cli("lint", "--no-config", "--select", "shellcheck", "--ignore", "SC2154", "--format", "gnu",
        file.toString());
    assertThat(flag.out()).contains("SC2086:").doesNotContain("SC2154:");
    Path config = dir.resolve(".hadolint.yaml");
    Files.writeString(config, "ignored:\n  - SC2086\n");
    Result hadolint = cli("lint", "--config", config.toString(), "--select", "shellcheck", "--format", "gnu",
        file.toString());
    assertThat(hadolint.out()).contains("SC2154:").doesNotContain("SC2086:");
  }

  @Test
  void verboseSaysWhenShellCheckIsMissing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nRUN echo $foo\n");
    Result r = cli("lint", "--no-config", "--select", "shellcheck", "--verbose", file.toString());
    if (dev.dockwright.shellcheck.ShellCheckRunner.onPath().isPresent()) {
      assertThat(r.err()).doesNotContain("shellcheck is not on PATH");
    } else {
      assertThat(r.err()).contains("shellcheck is not on PATH: ShellCheck's SC checks (rule shellcheck) are skipped");
    }
  }

  @Test
  void hadolintConfigIsHonouredAndUnknownCodesSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Dockerfile");
    Files.writeString(file, "FROM alpine\nMAINTAINER a\nENV X y\n");
    Path config = dir.resolve(".hadolint.yaml");
    Files.writeString(config, "ignored:\n  - DL4000\n  - SC2086\noverride:\n  error:\n    - LegacyKeyValueFormat\n");
    Result r = cli("lint", "--config", config.toString(), "--select", RULES, "--format", "gnu", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ":3:5: error: `ENV X <value>` is the legacy form: write `ENV X=<value>`"
        + " [DW3001]\n");
  }

  @Test
  void derivedSystemdImageInheritsItsResolvedBase() {
    // testdata/systemd/classic/httpd/compose.yaml builds `centos7-systemd` from ../base: the app inherits its
    // container env, cgroup VOLUME and unit pruning, so those rules stay silent; linted alone (stdin, no
    // compose file) the same rules only say the base is not visible.
    Result resolved = cli("lint", "--select", "DW2", "--format", "gnu", "testdata/systemd/classic/httpd/Dockerfile");
    assertThat(resolved.out()).doesNotContain("[DW2001]", "[DW2002]", "[DW2007]", "not visible");
    assertThat(resolved.out()).contains("[DW2005]", "assumed cgroup v1 because the base image is CentOS 7");
    Result alone = withStdin(readString("testdata/systemd/classic/httpd/Dockerfile"), "lint", "--select", "DW2",
        "--format", "gnu", "-");
    assertThat(alone.out().lines()).allMatch(l -> l.contains(": info: ") && l.contains("not visible"));
  }

  private static String readString(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
