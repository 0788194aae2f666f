package dev.dockwright.semantic.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.ImageState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boot of Debian images, from the knowledge base generated from bookworm's real packages. */
class BootSimulationTest {
  private static final String MINIMAL = """
      FROM debian:12
      RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv
      CMD ["/sbin/init"]
      """;

  static BootSimulation.Boot boot(String dockerfile, RunMode mode) {
    DockerfileModel model = DockerfileModel.of(DockerfileReader.parse(dockerfile.getBytes(StandardCharsets.UTF_8))
        .ast());
    ImageState state = model.imageState(model.stages().get(model.stages().size() - 1));
    Release release = UnitKnowledge.bundled().release(UnitKnowledge.bundled().releaseFor(state.distro())
        .orElseThrow().id()).orElseThrow();
    return BootSimulation.run(release, state, mode);
  }

  /** {@code unit verdict} lines of the units whose verdict is not {@code starts}. */
  private static List<String> notStarting(BootSimulation.Boot boot) {
    return boot.units().stream().filter(u -> u.verdict() != Verdict.STARTS)
        .map(u -> u.unit() + " " + u.verdict().id()).toList();
  }

  private static String harmful(BootSimulation.Boot boot) {
    return boot.harmful().stream().map(u -> u.unit() + " " + u.verdict().id()).collect(Collectors.joining(", "));
  }

  static Stream<Arguments> harmfulUnits() {
    return Stream.of(
        // udev is not installed by systemd on Debian (systemd-boot.md §1): only sysctl and the gettys act on the host
        Arguments.of(MINIMAL, RunMode.DOCKER_PRIVILEGED,
            "getty-static.service host, getty@tty1.service host, systemd-sysctl.service host"),
        // Podman: /proc/sys read-only, no /dev/tty0
        Arguments.of(MINIMAL, RunMode.PODMAN, ""),
        Arguments.of(MINIMAL, RunMode.DOCKER, ""),
        Arguments.of(MINIMAL, RunMode.SYSBOX, ""),
        // with udev, under --privileged the trigger replays the host's uevents
        Arguments.of(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv udev"), RunMode.DOCKER_PRIVILEGED,
            "getty-static.service host, getty@tty1.service host, systemd-sysctl.service host, "
                + "systemd-udev-trigger.service host, systemd-udevd-kernel.socket host, systemd-udevd.service host"),
        Arguments.of(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv udev"), RunMode.PODMAN, ""),
        // getty-static stands in only without D-Bus
        Arguments.of(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv dbus"), RunMode.DOCKER_PRIVILEGED,
            "getty@tty1.service host, systemd-sysctl.service host"),
        // masked, and the getty target's links pruned: nothing left
        Arguments.of(MINIMAL.replace("CMD", """
            RUN systemctl mask systemd-sysctl.service && rm -f /etc/systemd/system/getty.target.wants/* \\
                /lib/systemd/system/getty.target.wants/*
            CMD"""), RunMode.DOCKER_PRIVILEGED, ""),
        // disabled: the postinst's link goes
        Arguments.of(MINIMAL.replace("CMD", "RUN systemctl disable getty@tty1.service\nCMD"), RunMode.DOCKER_PRIVILEGED,
            "getty-static.service host, systemd-sysctl.service host"),
        // a masked template masks its instances
        Arguments.of(MINIMAL.replace("CMD", "RUN systemctl mask getty@.service\nCMD"), RunMode.DOCKER_PRIVILEGED,
            "getty-static.service host, systemd-sysctl.service host"),
        // masked, then unmasked again
        Arguments.of(MINIMAL.replace("CMD", "RUN systemctl mask systemd-sysctl && systemctl unmask systemd-sysctl\nCMD"),
            RunMode.DOCKER_PRIVILEGED, "getty-static.service host, getty@tty1.service host, systemd-sysctl.service host"));
  }

  @ParameterizedTest
  @MethodSource
  void harmfulUnits(String dockerfile, RunMode mode, String expected) {
    assertThat(harmful(boot(dockerfile, mode))).isEqualTo(expected);
  }

  @Test
  void aSquashBootsTheUnitsOfTheStageItCopies() {
    String build = MINIMAL.replace("FROM debian:12", "FROM debian:12 AS build").replace("CMD [\"/sbin/init\"]\n", "");
    String squash = build + "FROM scratch\nCOPY --from=build / /\nCMD [\"/sbin/init\"]\n";
    assertThat(harmful(boot(squash, RunMode.DOCKER_PRIVILEGED)))
        .isEqualTo("getty-static.service host, getty@tty1.service host, systemd-sysctl.service host");
    String masked = build + "RUN systemctl mask systemd-sysctl.service getty.target\n"
        + "FROM scratch\nCOPY --from=build / /\nCMD [\"/sbin/init\"]\n";
    assertThat(harmful(boot(masked, RunMode.DOCKER_PRIVILEGED))).isEmpty();
  }

  @Test
  void theEntrypointScriptMasksAndRemountsSysBeforeInitStarts(@TempDir Path dir) throws java.io.IOException {
    Files.writeString(dir.resolve("entrypoint"), """
        #!/bin/sh
        mount -o remount,ro /sys
        systemctl mask systemd-sysctl.service getty@.service getty-static.service
        exec "$@"
        """);
    String dockerfile = """
        FROM debian:12
        RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv udev
        COPY entrypoint /usr/local/bin/entrypoint
        ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]
        """;
    DockerfileModel model = DockerfileModel.of(DockerfileReader.parse(dockerfile).ast(),
        dev.dockwright.semantic.BaseResolver.NONE, dev.dockwright.semantic.BuildContext.directory(dir));
    BootSimulation.Boot boot = BootSimulation.of(model.imageState(model.finalStage().orElseThrow()),
        RunMode.DOCKER_PRIVILEGED).orElseThrow();
    assertThat(harmful(boot)).isEmpty();
    assertThat(boot.unit("systemd-udevd.service").orElseThrow().reason()).isEqualTo("ConditionPathIsReadWrite=/sys "
        + "is not met: /sys is read-only: the entrypoint script `entrypoint` remounts it read-only (its line 2)");
    assertThat(boot.unit("systemd-sysctl.service").orElseThrow().reason())
        .isEqualTo("masked by the entrypoint script `entrypoint` (its line 3) before it starts init");
  }

  @Test
  void logindNeedsDbusOnDebian() {
    BootSimulation.UnitVerdict logind = boot(MINIMAL, RunMode.DOCKER_PRIVILEGED).unit("systemd-logind.service")
        .orElseThrow();
    assertThat(logind.verdict()).isEqualTo(Verdict.SKIPPED);
    assertThat(logind.reason()).isEqualTo(
        "ConditionPathExists=|/lib/systemd/system/dbus.service is not met: the image has no dbus.service");
    assertThat(logind.wantedBy()).isEqualTo("multi-user.target");
    assertThat(boot(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv dbus"), RunMode.DOCKER_PRIVILEGED)
        .unit("systemd-logind.service").orElseThrow().verdict()).isEqualTo(Verdict.STARTS);
  }

  @Test
  void udevIsNotInstalledBySystemdOnDebian() {
    BootSimulation.Boot boot = boot(MINIMAL, RunMode.DOCKER_PRIVILEGED);
    assertThat(boot.units()).noneMatch(u -> u.unit().contains("udev"));
    assertThat(boot.defaultTarget()).isEqualTo("graphical.target");
  }

  @Test
  void podmanSkipsTheHostActorsByTheirOwnConditions() {
    BootSimulation.Boot boot = boot(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv udev"),
        RunMode.PODMAN);
    assertThat(boot.unit("systemd-udevd.service").orElseThrow().reason()).isEqualTo(
        "ConditionPathIsReadWrite=/sys is not met: /sys is read-only under podman (systemd mode)");
    assertThat(boot.unit("systemd-sysctl.service").orElseThrow().reason()).isEqualTo(
        "ConditionPathIsReadWrite=/proc/sys/net/ is not met: /proc/sys/net/ is read-only under podman (systemd mode)");
    assertThat(boot.unit("getty@tty1.service").orElseThrow().reason()).isEqualTo(
        "ConditionPathExists=/dev/tty0 is not met: podman (systemd mode) gives the container no /dev/tty0");
  }

  @Test
  void aMaskedServiceWithItsSocketsLeftIsCosmetic() {
    BootSimulation.Boot boot = boot(MINIMAL.replace("systemd systemd-sysv", "systemd systemd-sysv udev")
        .replace("CMD", "RUN systemctl mask systemd-udevd.service\nCMD"), RunMode.DOCKER_PRIVILEGED);
    assertThat(boot.unit("systemd-udevd.service").orElseThrow().verdict()).isEqualTo(Verdict.SKIPPED);
    assertThat(boot.unit("systemd-udevd-control.socket").orElseThrow()).satisfies(u -> {
      assertThat(u.verdict()).isEqualTo(Verdict.COSMETIC);
      assertThat(u.reason()).isEqualTo("its service `systemd-udevd.service` is masked by `systemctl mask` on line 3: "
          + "systemd prints \"refusing\" on the console and nothing fails");
    });
  }

  @Test
  void installingSystemdBakesTheMachineId() {
    assertThat(boot(MINIMAL, RunMode.DOCKER_PRIVILEGED).unit("systemd-firstboot.service").orElseThrow().reason())
        .isEqualTo("ConditionFirstBoot=yes is not met: installing systemd wrote /etc/machine-id");
  }

  @Test
  void theNotesChooseTheMode() {
    assertThat(RunModes.choose(java.util.Optional.empty(), "", List.of()).mode()).isEqualTo(RunMode.DOCKER_PRIVILEGED);
    DockerfileModel model = DockerfileModel.of(DockerfileReader.parse("""
        FROM debian:12
        LABEL RUN="podman run -d IMAGE"
        CMD ["/sbin/init"]
        """.getBytes(StandardCharsets.UTF_8)).ast());
    RunModes.Chosen chosen = RunModes.choose(java.util.Optional.empty(), "", model.imageState(model.stages().get(0))
        .runNotes());
    assertThat(chosen.mode()).isEqualTo(RunMode.PODMAN);
    assertThat(chosen.reason()).isEqualTo("the run note on line 2 runs it with Podman");
  }
}
