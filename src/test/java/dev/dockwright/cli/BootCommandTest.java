package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code dockwright boot}: the JSON contract, the text tree and its usage errors. */
class BootCommandTest {
  private static final String IMAGE = """
      FROM debian:12 AS build
      RUN echo build
      FROM debian:12
      RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv
      CMD ["/sbin/init"]
      """;

  @Test
  void jsonListsEveryStageAndTheUnitsOfTheSystemdOne() throws Exception {
    CliEndToEndTest.Result r = CliEndToEndTest.withStdin(IMAGE, "boot", "--format", "json", "-");
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("file").asText()).isEqualTo("-");
    JsonNode stage = root.path("stages").get(0);
    assertThat(root.path("stages")).hasSize(1); // the build stage runs no systemd and is not the last
    assertThat(stage.path("name").asText()).isEqualTo("#1");
    assertThat(stage.path("systemd").asBoolean()).isTrue();
    assertThat(stage.path("runMode").asText()).isEqualTo("docker-privileged");
    assertThat(stage.path("era").asText()).isEqualTo("v2");
    assertThat(stage.path("systemdVersion").asInt()).isEqualTo(252);
    JsonNode sysctl = null;
    for (JsonNode u : stage.path("units")) {
      assertThat(u.path("verdict").asText()).matches("starts|skipped|fails|host|cosmetic");
      if (u.path("unit").asText().equals("systemd-sysctl.service")) {
        sysctl = u;
      }
    }
    assertThat(sysctl).isNotNull();
    assertThat(sysctl.path("verdict").asText()).isEqualTo("host");
    assertThat(sysctl.path("wantedBy").asText()).isEqualTo("sysinit.target");
  }

  @Test
  void textIsATreeFromTheDefaultTarget() {
    CliEndToEndTest.Result r = CliEndToEndTest.withStdin(IMAGE, "boot", "--run-mode", "podman", "--stage", "1", "-");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("stage #1: run mode podman (set by --run-mode), cgroup v2, debian-12 with systemd 252\n"
        + "  graphical.target  starts\n    multi-user.target  starts\n");
    assertThat(r.out()).contains("        getty@tty1.service  skipped: ConditionPathExists=/dev/tty0 is not met: "
        + "podman (systemd mode) gives the container no /dev/tty0\n");
  }

  @Test
  void aStageWithoutSystemdHasNothingToBoot() {
    CliEndToEndTest.Result r = CliEndToEndTest.withStdin("FROM debian:12\nCMD [\"bash\"]\n", "boot", "-");
    assertThat(r.out()).isEqualTo("stage #0: does not run systemd as PID 1; nothing to boot\n");
  }

  @Test
  void badRunModeAndStageAreUsageErrors() {
    CliEndToEndTest.Result mode = CliEndToEndTest.withStdin(IMAGE, "boot", "--run-mode", "lxc", "-");
    assertThat(mode.exit()).isEqualTo(2);
    assertThat(mode.err()).isEqualTo(
        "dockwright: --run-mode takes docker-privileged, docker, podman, sysbox, not 'lxc'\n");
    CliEndToEndTest.Result stage = CliEndToEndTest.withStdin(IMAGE, "boot", "--stage", "final", "-");
    assertThat(stage.exit()).isEqualTo(2);
    assertThat(stage.err()).isEqualTo("dockwright: -: no stage 'final'; the stages are build, #1\n");
  }
}
