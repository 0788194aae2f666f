package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --file-timeout}: one file that takes too long is reported and the run goes on. */
class FileTimeLimitCliTest {
  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsReportedAndTheOthersAreLinted() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to fake a hanging shellcheck");
    Path hanging = dir.resolve("shellcheck");
    Files.writeString(hanging, "#!/bin/sh\nsleep 60\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    Path config = dir.resolve("dockwright.yaml");
    Files.writeString(config, "rules:\n  shellcheck:\n    path: " + hanging + "\n    timeout-seconds: 60\n");
    Path slow = dir.resolve("slow.Dockerfile");
    Files.writeString(slow, "FROM alpine:3.20\nRUN echo $x\n");
    Path quick = dir.resolve("quick.Dockerfile");
    Files.writeString(quick, "FROM alpine\n");

    long start = System.nanoTime();
    CliEndToEndTest.Result r = CliEndToEndTest.cli("lint", "--config", config.toString(), "--file-timeout", "1",
        "--select", "shellcheck,DW3004", "--format", "gnu", "--jobs", "1", slow.toString(), quick.toString());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(quick + ":1:6: warning: `alpine` has no tag: pin a version, e.g."
        + " `alpine:<version>`, so rebuilds use the same image [DW3004]\n"
        + slow + ": error: not linted: gave up after 1 s (the per-file limit; raise it with --file-timeout)\n");
    assertThat(r.err()).isEmpty();
    assertThat(seconds).as("a hang guard, not a speed test").isLessThan(50);
  }

  @Test
  void aNegativeLimitIsAUsageError() {
    CliEndToEndTest.Result r = CliEndToEndTest.cli("lint", "--file-timeout", "-1", "testdata/cli/project");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright: --file-timeout takes a number of seconds (0 for no limit), not -1\n");
  }
}
