package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.parser.DockerfileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image state follows a squash ({@code FROM scratch} + {@code COPY --from=x / /}: the file system of x, the
 * configuration of the final stage), and the systemd gate reads the entrypoint script a COPY brings from the
 * build context ({@code shared/spec/systemd-boot.md} §6.1, §6.2).
 */
class SquashAndEntrypointTest {
  @TempDir Path context;

  private DockerfileModel model(String dockerfile, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = context.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    return DockerfileModel.of(DockerfileReader.parse(dockerfile).ast(), BaseResolver.NONE,
        BuildContext.directory(context));
  }

  private static ImageState last(DockerfileModel m) {
    return m.imageState(m.finalStage().orElseThrow());
  }

  private static final String BUILD = """
      FROM debian:12 AS build
      ENV container=docker
      RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv \\
          && systemctl mask systemd-sysctl.service
      """;

  @Test
  void aSquashTakesTheCopiedStagesFileSystemAndNoneOfItsConfiguration() throws IOException {
    ImageState s = last(model(BUILD + "FROM scratch\nCOPY --from=build / /\nCMD [\"/sbin/init\"]\n", Map.of()));
    assertThat(s.baseKind()).isEqualTo(ImageState.BaseKind.SQUASH);
    assertThat(s.squash().orElseThrow().from()).isEqualTo("build");
    assertThat(s.squash().orElseThrow().copy().range().startLine()).isEqualTo(6);
    assertThat(s.distro().displayName()).isEqualTo("Debian 12");
    assertThat(s.base().name()).isEqualTo("debian:12");
    assertThat(s.baseVisible()).isTrue();
    assertThat(s.installedPackages()).containsExactly("systemd", "systemd-sysv");
    assertThat(s.operations()).anyMatch(o -> o instanceof SystemdUnits.Mask m && m.unit().equals("systemd-sysctl.service"));
    assertThat(s.containerEnv()).isEmpty(); // ENV is configuration: the squash does not copy it
    assertThat(s.baseContainerEnv()).isEqualTo(KnownInitImage.Inherited.ABSENT);
  }

  static Stream<Arguments> notSquashes() {
    return Stream.of(
        arguments(BUILD + "FROM scratch\nCOPY --from=build /etc /etc\nCMD [\"/sbin/init\"]\n", "SCRATCH"),
        arguments(BUILD + "FROM alpine:3.20\nCOPY --from=build / /\nCMD [\"/sbin/init\"]\n", "PUBLIC_IMAGE"),
        arguments(BUILD + "ARG SRC=build\nFROM scratch\nCOPY --from=$SRC / /\n", "SCRATCH"));
  }

  @ParameterizedTest
  @MethodSource
  void notSquashes(String dockerfile, String kind) throws IOException {
    ImageState s = last(model(dockerfile, Map.of()));
    assertThat(s.baseKind().name()).isEqualTo(kind);
    assertThat(s.squash()).isEmpty();
  }

  @Test
  void aSquashOfAnImageTakesItsDistribution() throws IOException {
    DockerfileModel m = model("FROM scratch\nCOPY --from=centos:7 / /\nCMD [\"/usr/sbin/init\"]\n", Map.of());
    ImageState s = last(m);
    assertThat(s.baseKind()).isEqualTo(ImageState.BaseKind.SQUASH);
    assertThat(s.distro().displayName()).isEqualTo("CentOS 7");
    SystemdImage image = new SystemdAnalyzer(m, CgroupEra.Setting.AUTO).analyze(s.stage());
    assertThat(image.era()).isEqualTo(CgroupEra.V1);
    assertThat(image.eraReason()).isEqualTo("the base image is CentOS 7 with systemd 219, which cannot boot on a "
        + "cgroup v2 host");
  }

  private static final String ENTRYPOINT_IMAGE = """
      FROM debian:12
      RUN apt-get update && apt-get install -y --no-install-recommends systemd systemd-sysv
      COPY entrypoint /usr/local/bin/entrypoint
      ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]
      """;

  private static final String WRAPPER = """
      #!/bin/bash
      set -o errexit
      mount -o remount,ro /sys
      export container=docker
      systemctl mask systemd-sysctl.service getty@.service
      ln -sf /dev/null /etc/systemd/system/getty-static.service
      exec "$@"
      """;

  private String launch(String dockerfile, Map<String, String> files) throws IOException {
    DockerfileModel m = model(dockerfile, files);
    return SystemdAnalyzerTest.describeLaunch(new SystemdAnalyzer(m, CgroupEra.Setting.AUTO)
        .analyze(m.finalStage().orElseThrow()));
  }

  static Stream<Arguments> entrypointScripts() {
    return Stream.of(
        // the script ends in exec "$@": init, its argument, becomes PID 1
        arguments(ENTRYPOINT_IMAGE, Map.of("entrypoint", WRAPPER),
            "init=/sbin/init wrapper=- exec command=ENTRYPOINT@4 gate=\"ENTRYPOINT starts /sbin/init through "
                + "entrypoint, which ends in `exec \"$@\"`\"@4:42-4:54"),
        // not in the build context: taken to hand PID 1 on, as such entrypoints do
        arguments(ENTRYPOINT_IMAGE, Map.of(),
            "init=/sbin/init wrapper=- exec command=ENTRYPOINT@4 gate=\"ENTRYPOINT starts /sbin/init through "
                + "entrypoint (its script is not in the build context: assumed to end in `exec \"$@\"`)\"@4:42-4:54"),
        // runs its arguments as a child: init is not PID 1, and the script is the wrapper
        arguments(ENTRYPOINT_IMAGE, Map.of("entrypoint", "#!/bin/sh\n\"$@\"\n"),
            "init=/sbin/init wrapper=entrypoint command=ENTRYPOINT@4 gate=\"ENTRYPOINT starts /sbin/init through "
                + "entrypoint\"@4:42-4:54"),
        // CMD carries init, the script execs "$@": no wrapper
        arguments(ENTRYPOINT_IMAGE.replace(", \"/sbin/init\"]", "]\nCMD [\"/sbin/init\"]"),
            Map.of("entrypoint", WRAPPER),
            "init=/sbin/init wrapper=- exec command=CMD@5 gate=\"CMD starts /sbin/init\"@5:6-5:18"),
        // the script execs init itself; the COPY puts it into a directory; ENTRYPOINT runs it through bash
        arguments(ENTRYPOINT_IMAGE.replace("/usr/local/bin/entrypoint\n", "/usr/local/bin/\n")
                .replace("[\"/usr/local/bin/entrypoint\", \"/sbin/init\"]", "[\"/bin/bash\", \"/usr/local/bin/entrypoint\"]"),
            Map.of("entrypoint", "#!/bin/sh\nexport container=docker\nexec /lib/systemd/systemd --log-target=console\n"),
            "init=/lib/systemd/systemd wrapper=- exec command=ENTRYPOINT@4 gate=\"ENTRYPOINT's script entrypoint "
                + "execs /lib/systemd/systemd\"@4:13-4:24"),
        // a script that starts no init, with no init argument: no systemd
        arguments(ENTRYPOINT_IMAGE.replace(", \"/sbin/init\"]", "]"), Map.of("entrypoint", "#!/bin/sh\nexec nginx\n"),
            "no systemd"));
  }

  @ParameterizedTest
  @MethodSource
  void entrypointScripts(String dockerfile, Map<String, String> files, String expected) throws IOException {
    assertThat(launch(dockerfile, files)).isEqualTo(expected);
  }

  @Test
  void theScriptsRunTimeChangesAreRead() throws IOException {
    EntrypointScript s = last(model(ENTRYPOINT_IMAGE, Map.of("entrypoint", WRAPPER))).entrypointScript().orElseThrow();
    assertThat(s.path()).isEqualTo("/usr/local/bin/entrypoint");
    assertThat(s.source()).isEqualTo("entrypoint");
    assertThat(s.copy().range().startLine()).isEqualTo(3);
    assertThat(s.execsArguments()).isTrue();
    assertThat(s.execsInit()).isEmpty();
    assertThat(s.sysReadOnly()).contains(3);
    assertThat(s.container()).contains("docker");
    assertThat(s.masked()).containsExactly(new EntrypointScript.Masked("systemd-sysctl.service", 5),
        new EntrypointScript.Masked("getty@.service", 5), new EntrypointScript.Masked("getty-static.service", 6));
  }

  static Stream<Arguments> sysRemounts() {
    return Stream.of(
        arguments("mount -o remount,ro /sys", true),
        arguments("mount -o ro,remount /sys/", true),
        arguments("mount -r -o remount /sys", true),
        arguments("mount --options=remount,ro /sys", true),
        arguments("mount -o remount,rw /sys", false),
        arguments("mount -o remount,ro /proc", false));
  }

  @ParameterizedTest
  @MethodSource
  void sysRemounts(String line, boolean readOnly) {
    EntrypointScript s = EntrypointScript.parse("/e", "e", null, "#!/bin/sh\n" + line + "\nexec \"$@\"\n").orElseThrow();
    assertThat(s.sysReadOnly().isPresent()).isEqualTo(readOnly);
  }

  @Test
  void onlyPosixShellScriptsAreRead() {
    assertThat(EntrypointScript.parse("/e", "e", null, "#!/usr/bin/env python3\nimport os\n")).isEmpty();
    assertThat(EntrypointScript.parse("/e", "e", null, "#!/usr/bin/env bash\nexec \"$@\"\n")
        .map(EntrypointScript::execsArguments)).contains(true);
    assertThat(EntrypointScript.parse("/e", "e", null, "exec \"$@\"\n").map(EntrypointScript::execsArguments))
        .contains(true);
  }

  @Test
  void theContextIsReadOnlyInsideItsRoot() throws IOException {
    Files.writeString(context.resolve("inside"), "x");
    BuildContext c = BuildContext.directory(context.resolve("sub"));
    Files.createDirectories(context.resolve("sub"));
    Files.writeString(context.resolve("sub/a"), "a");
    assertThat(c.read("a")).contains("a");
    assertThat(c.read("./a")).contains("a");
    assertThat(c.read("/a")).contains("a");
    assertThat(c.read("../inside")).isEmpty();
    assertThat(c.read("missing")).isEmpty();
    assertThat(BuildContext.NONE.read("a")).isEmpty();
    assertThat(BuildContext.besideDockerfile("-")).isSameAs(BuildContext.NONE);
    assertThat(Optional.of(BuildContext.besideDockerfile(context.resolve("sub/Dockerfile").toString()).read("a")))
        .contains(Optional.of("a"));
  }
}
