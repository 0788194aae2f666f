package dev.dockwright.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache behind batched ShellCheck runs, with a fake {@code shellcheck} that logs each invocation's files
 * and reports one SC2086 at line 2 of every script whose text contains {@code $x}.
 */
class ShellCheckCacheTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  @TempDir Path dir;
  private Path fake;
  private Path log;

  @BeforeEach
  void fakeShellCheck() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to fake shellcheck");
    ShellCheckRunner.clearCache();
    log = dir.resolve("calls.log");
    fake = dir.resolve("shellcheck");
    Files.writeString(fake, """
        #!/bin/sh
        files=""
        for a in "$@"; do case "$a" in *.sh) files="$files $a";; esac; done
        echo "$files" >> %s
        printf '{"comments":['
        sep=""
        for f in $files; do
          if grep -q 'x' "$f"; then
            printf '%%s{"file":"%%s","line":2,"endLine":2,"column":6,"endColumn":8,"level":"info","code":2086,"message":"Double quote to prevent globbing and word splitting."}' "$sep" "$f"
            sep=","
          fi
        done
        printf ']}'
        """.formatted(log));
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
  }

  private List<String> calls() throws IOException {
    return Files.exists(log) ? Files.readAllLines(log).stream().map(String::strip).toList() : List.of();
  }

  private static ShellCheckRunner.Comment sc2086(int script) {
    return new ShellCheckRunner.Comment(script, 2, 6, 2, 8, "info", 2086,
        "Double quote to prevent globbing and word splitting.", List.of());
  }

  @Test
  void prefetchedScriptsAreServedWithoutAnotherProcess() throws IOException {
    ShellCheckRunner.prefetch(fake, List.of("#!/bin/sh\necho $x\n", "#!/bin/sh\necho hi\n", "#!/bin/sh\necho $x\n"),
        List.of(2187), TIMEOUT, 1);
    assertThat(calls()).containsExactly("0.sh 1.sh"); // the repeated script is checked once

    ShellCheckRunner.Result r = ShellCheckRunner.run(fake, List.of("#!/bin/sh\necho hi\n", "#!/bin/sh\necho $x\n"),
        List.of(2187), TIMEOUT);

    assertThat(r.skipped()).isEmpty();
    assertThat(r.comments()).containsExactly(sc2086(1));
    assertThat(calls()).hasSize(1);
  }

  @Test
  void onlyTheScriptsNotSeenBeforeGoToShellCheck() throws IOException {
    ShellCheckRunner.run(fake, List.of("#!/bin/sh\necho a\n"), List.of(), TIMEOUT);

    ShellCheckRunner.Result r = ShellCheckRunner.run(fake, List.of("#!/bin/sh\necho $x\n", "#!/bin/sh\necho a\n",
        "#!/bin/sh\necho $x && true\n"), List.of(), TIMEOUT);

    assertThat(calls()).containsExactly("0.sh", "0.sh 1.sh");
    assertThat(r.comments()).containsExactlyInAnyOrder(sc2086(0), sc2086(2));
  }

  @Test
  void otherExclusionsAreAnotherRun() throws IOException {
    ShellCheckRunner.run(fake, List.of("#!/bin/sh\necho $x\n"), List.of(), TIMEOUT);
    ShellCheckRunner.run(fake, List.of("#!/bin/sh\necho $x\n"), List.of(2086), TIMEOUT);

    assertThat(calls()).hasSize(2);
  }

  @Test
  void prefetchSplitsTheWorkIntoParallelProcesses() throws IOException {
    List<String> scripts = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "#!/bin/sh\necho " + i + "\n")
        .toList();

    ShellCheckRunner.prefetch(fake, scripts, List.of(), TIMEOUT, 2);

    assertThat(calls()).hasSize(2);
    assertThat(ShellCheckRunner.run(fake, scripts, List.of(), TIMEOUT).comments()).isEmpty();
    assertThat(calls()).hasSize(2);
  }
}
