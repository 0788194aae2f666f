package dev.dockwright.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.shellcheck.ShellCheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real {@code shellcheck} (CI installs the Debian package); without it these tests are skipped,
 * except those that check that a missing or hanging binary is handled.
 */
class ShellCheckScriptsTest {
  private static final RuleTester T = RuleTester.of(ShellCheckScripts.class);

  static void requireShellCheck() {
    assumeTrue(ShellCheckRunner.onPath().isPresent(),
        "shellcheck is not on PATH: install it (apt-get install shellcheck) to run the ShellCheck integration tests");
  }

  @BeforeAll
  static void announce() {
    if (ShellCheckRunner.onPath().isEmpty()) {
      System.err.println("ShellCheckScriptsTest: shellcheck is not on PATH, integration tests are skipped");
    }
  }

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN echo "$HOME" && ls -l /tmp
        """,
        // positions map back through continuation lines
        """
        FROM debian:12
        # expect: DW4033 [2:13-2:17] "SC2086: Double quote to prevent globbing and word splitting"
        # expect: DW4033 [2:13-2:17] "SC2154: foo is referenced but not assigned"
        RUN echo hello \\
            && echo $foo
        """,
        // variables the build defines are declared to ShellCheck
        """
        FROM debian:12
        ARG version=1.0
        ENV app_home=/opt/app
        RUN echo "$version" "$app_home" "$http_proxy"
        """,
        // heredoc bodies run by a shell are checked as scripts; columns count UTF-16 units like everything else
        """
        FROM debian:12
        # expect: DW4033 [3:8-3:12] "SC2154: bar is referenced"
        # expect: DW4033 [3:8-3:12] "SC2086"
        RUN <<EOF
          set -e
          echo $bar
        EOF
        # expect: DW4033 [1:16-1:21] "SC2086"
        RUN echo "é😀" $HOME
        """,
        // a heredoc a command reads is sent with the line, as the shell sees it
        """
        FROM debian:12
        # expect: DW4033 [2:7-2:13] "SC2154: lower is referenced"
        RUN cat <<EOF > /etc/motd
        hello $lower and $USER
        EOF
        """,
        // non-POSIX shells and non-shell heredocs are not checked
        """
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        RUN echo $foo
        """,
        """
        FROM debian:12
        RUN <<EOF
        #!/usr/bin/env python3
        print("$x" if True else 1)
        EOF
        """,
        // pragmas name SC codes
        """
        FROM debian:12
        ARG foo
        # hadolint ignore=SC2086
        RUN echo $foo
        """,
        """
        FROM debian:12
        # expect: DW4033 [1:18-1:22] "SC2086"
        # expect: DW4033 [1:18-1:22] "SC2154"
        ONBUILD RUN echo $foo
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    requireShellCheck();
    T.check(dockerfile);
  }

  @Test
  void syntaxErrorsAtTheEndPointJustAfterTheScript() {
    requireShellCheck();
    assertThat(T.findings("FROM debian:12\nRUN if true; then \\\n  echo\nRUN echo ok\n"))
        .extracting(x -> x.code().orElse("") + "@" + x.range())
        .contains("SC1046@2:5-2:5", "SC1047@3:7-3:7");
  }

  @Test
  void binShIsBashOnRedHatBasesAndDashOnDebian() {
    requireShellCheck();
    String run = "RUN for i in *; do [ \"$i\" == keep ] || rm -f \"$i\"; done\n";
    assertThat(T.findings("FROM centos:7\n" + run)).extracting(Finding::message).isEmpty();
    assertThat(T.findings("FROM debian:12\n" + run)).extracting(Finding::message)
        .containsExactly("SC3014: In POSIX sh, == in place of = is undefined");
  }

  @Test
  void findingsKeepShellChecksLevels() {
    requireShellCheck();
    List<Finding> f = T.findings("FROM debian:12\nRUN echo $foo\n");
    assertThat(f).extracting(x -> x.code().orElse("") + " " + x.severity())
        .containsExactlyInAnyOrder("SC2086 " + Severity.INFO, "SC2154 " + Severity.WARNING);
  }

  @Test
  void ignoreListsNameScCodes() {
    requireShellCheck();
    RuleRegistry r = RuleRegistry.standard();
    RuleSelection s = RuleSelection.builder(r).select(List.of("shellcheck")).ignore(List.of("SC2154")).build();
    List<Finding> f = new Linter(r, s, Settings.defaults(), true, e -> { }).lintText("Dockerfile",
        "FROM debian:12\nRUN echo $foo\n").findings();
    assertThat(f).extracting(x -> x.code().orElse("")).containsExactly("SC2086");
  }

  @Test
  void excludeOption() {
    requireShellCheck();
    assertThat(T.with(settings(Map.of("exclude", List.of("SC2086", "2154")))).findings(
        "FROM debian:12\nRUN echo $foo\n")).isEmpty();
  }

  @Test
  void crlfFilesAreCheckedLikeLfFiles() {
    requireShellCheck();
    assertThat(T.findings("FROM debian:12\r\nRUN echo hi \\\r\n && echo $foo\r\n"))
        .extracting(x -> x.code().orElse("") + "@" + x.range()).containsExactlyInAnyOrder("SC2086@3:10-3:14",
            "SC2154@3:10-3:14");
  }

  @Test
  void appliesShellChecksFixUnsafely() {
    requireShellCheck();
    T.unsafeFix("FROM debian:12\nARG foo\nRUN echo $foo \\\n && echo ${foo}\n",
        "FROM debian:12\nARG foo\nRUN echo \"$foo\" \\\n && echo \"${foo}\"\n");
    T.unsafeFix("FROM debian:12\nARG foo\nRUN <<EOF\nset -e\necho $foo\nEOF\n",
        "FROM debian:12\nARG foo\nRUN <<EOF\nset -e\necho \"$foo\"\nEOF\n");
  }

  @Test
  void aMissingBinaryIsSkippedQuietly() {
    assertThat(T.with(settings(Map.of("path", "/nonexistent/shellcheck"))).findings(
        "FROM debian:12\nRUN echo $foo\n")).isEmpty();
    assertThat(T.with(settings(Map.of("path", "off"))).findings("FROM debian:12\nRUN echo $foo\n")).isEmpty();
  }

  @Test
  void aHangingBinaryIsKilledAfterTheTimeout(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to fake a hanging shellcheck");
    Path fake = dir.resolve("shellcheck");
    Files.writeString(fake, "#!/bin/sh\nsleep 60\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    long start = System.nanoTime();
    List<Finding> f = T.with(settings(Map.of("path", fake.toString(), "timeout-seconds", 1))).findings(
        "FROM debian:12\nRUN echo $foo\n");
    assertThat(f).isEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
  }

  private static Settings settings(Map<String, Object> options) {
    Settings d = Settings.defaults();
    return new Settings(d.trustedRegistries(), d.labelSchema(), d.strictLabels(), d.systemdCgroup(),
        Map.of("shellcheck", options));
  }
}
