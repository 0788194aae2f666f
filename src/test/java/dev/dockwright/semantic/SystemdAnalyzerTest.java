package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.parser.DockerfileReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The systemd gate (spec: "The gate"), secondary evidence, and the cgroup era (spec: "Eras"). ENTRYPOINT
 * and CMD combine as in BuildKit's dispatchEntrypoint/dispatchCmd: ENTRYPOINT clears a CMD that is not set
 * in the same stage, and both are inherited from the stage a stage is built FROM.
 */
class SystemdAnalyzerTest {

  static SystemdImage analyzeLast(String dockerfile, CgroupEra.Setting setting) {
    DockerfileModel m = model(dockerfile);
    return new SystemdAnalyzer(m, setting).analyze(m.finalStage().orElseThrow());
  }

  /** The gate and how init is started, e.g. {@code init=/sbin/init wrapper=tini shell exec inherited ...}. */
  static String describeLaunch(SystemdImage s) {
    if (!s.runsSystemd()) {
      return "no systemd" + (s.gate().isPresent() ? " but gate " + s.gate() : "");
    }
    SystemdImage.Evidence gate = s.gate().orElseThrow();
    return "init=" + s.initPath().orElse("-") + " wrapper=" + s.wrapper().orElse("-")
        + (s.shellForm() ? " shell-form" : "") + (s.execed() ? " exec" : "") + (s.inherited() ? " inherited" : "")
        + " command=" + s.initCommand().map(i -> i.keyword().text() + "@" + i.range().startLine()).orElse("-")
        + " gate=\"" + gate.description() + "\"@" + gate.range().map(Object::toString).orElse("-");
  }

  static Stream<Arguments> gates() {
    return Stream.of(
        // exec form: init paths, and any path whose basename is systemd
        arguments("FROM centos:7\nCMD [\"/usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=- exec command=CMD@2 gate=\"CMD starts /usr/sbin/init\"@2:6-2:22"),
        arguments("FROM rockylinux:9\nCMD [\"/sbin/init\"]\n",
            "init=/sbin/init wrapper=- exec command=CMD@2 gate=\"CMD starts /sbin/init\"@2:6-2:18"),
        arguments("FROM debian:12\nCMD [\"/lib/systemd/systemd\"]\n",
            "init=/lib/systemd/systemd wrapper=- exec command=CMD@2 gate=\"CMD starts /lib/systemd/systemd\"@2:6-2:28"),
        arguments("FROM fedora:40\nENTRYPOINT [\"/usr/lib/systemd/systemd\", \"--log-level=info\"]\n",
            "init=/usr/lib/systemd/systemd wrapper=- exec command=ENTRYPOINT@2 "
                + "gate=\"ENTRYPOINT starts /usr/lib/systemd/systemd\"@2:13-2:39"),
        arguments("FROM debian:12\nCMD [\"/usr/local/sbin/init\"]\n",
            "init=/usr/local/sbin/init wrapper=- exec command=CMD@2 gate=\"CMD starts /usr/local/sbin/init\"@2:6-2:28"),
        // shell form: through /bin/sh -c, PID 1 only with exec
        arguments("FROM centos:7\nCMD /usr/sbin/init\n",
            "init=/usr/sbin/init wrapper=- shell-form command=CMD@2 "
                + "gate=\"CMD starts /usr/sbin/init through a shell\"@2:5-2:19"),
        arguments("FROM centos:7\nCMD exec /sbin/init\n",
            "init=/sbin/init wrapper=- shell-form exec command=CMD@2 "
                + "gate=\"CMD starts /sbin/init through a shell\"@2:10-2:20"),
        // wrappers keep init off PID 1
        arguments("FROM centos:7\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\nCMD [\"/usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=tini exec command=CMD@3 gate=\"CMD starts /usr/sbin/init\"@3:6-3:22"),
        arguments("FROM centos:7\nENTRYPOINT [\"/usr/bin/dumb-init\", \"--\", \"/sbin/init\"]\n",
            "init=/sbin/init wrapper=dumb-init command=ENTRYPOINT@2 "
                + "gate=\"ENTRYPOINT starts /sbin/init under dumb-init\"@2:41-2:53"),
        arguments("FROM centos:7\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"/usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=docker-entrypoint.sh exec command=CMD@3 "
                + "gate=\"CMD starts /usr/sbin/init\"@3:6-3:22"),
        arguments("FROM centos:7\nCMD [\"sh\", \"-c\", \"echo hi; /usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=sh -c command=CMD@2 gate=\"CMD starts /usr/sbin/init\"@2:28-2:42"),
        // a shell that execs init is replaced by it: init is PID 1
        arguments("FROM centos:7\nCMD [\"sh\", \"-c\", \"echo hi; exec /usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=- exec command=CMD@2 gate=\"CMD starts /usr/sbin/init\"@2:33-2:47"),
        arguments("FROM centos:7\nCMD sh -c \"mkdir -p /run/x; exec /usr/sbin/init\"\n",
            "init=/usr/sbin/init wrapper=- shell-form exec command=CMD@2 "
                + "gate=\"CMD starts /usr/sbin/init through a shell\"@2:34-2:48"),
        // ENTRYPOINT keeps a CMD set before it in the same stage
        arguments("FROM centos:7\nCMD [\"/usr/sbin/init\"]\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\n",
            "init=/usr/sbin/init wrapper=tini exec command=CMD@2 gate=\"CMD starts /usr/sbin/init\"@2:6-2:22"),
        // ENTRYPOINT [] clears the entrypoint
        arguments("FROM centos:7\nENTRYPOINT []\nCMD [\"/usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=- exec command=CMD@3 gate=\"CMD starts /usr/sbin/init\"@3:6-3:22"),
        // inherited from an earlier stage
        arguments("FROM centos:7 AS base\nCMD [\"/usr/sbin/init\"]\nFROM base\nRUN yum -y install httpd\n",
            "init=/usr/sbin/init wrapper=- exec inherited command=CMD@2 "
                + "gate=\"inherits its init from stage base\"@3:6-3:10"),
        arguments("FROM centos:7 AS base\nENTRYPOINT [\"/usr/sbin/init\"]\nFROM base\nCMD [\"--log-level=debug\"]\n",
            "init=/usr/sbin/init wrapper=- exec inherited command=ENTRYPOINT@2 "
                + "gate=\"ENTRYPOINT starts /usr/sbin/init\"@2:13-2:29"),
        arguments("FROM centos:7 AS base\nENTRYPOINT [\"tini\", \"--\"]\nFROM base\nCMD [\"/sbin/init\"]\n",
            "init=/sbin/init wrapper=tini exec command=CMD@4 gate=\"CMD starts /sbin/init\"@4:6-4:18"),
        // known public init images
        arguments("FROM registry.access.redhat.com/ubi9/ubi-init\nRUN dnf -y install httpd\n",
            "init=/usr/sbin/init wrapper=- exec inherited command=- "
                + "gate=\"base image registry.access.redhat.com/ubi9/ubi-init runs systemd as PID 1\"@1:6-1:46"),
        arguments("FROM jrei/systemd-ubuntu:22.04\nRUN apt-get update\n",
            "init=/usr/sbin/init wrapper=- exec inherited command=- "
                + "gate=\"base image jrei/systemd-ubuntu:22.04 runs systemd as PID 1\"@1:6-1:31"),
        // only the final stage runs systemd
        arguments("FROM golang:1.22 AS build\nRUN go build -o /app\nFROM centos:7\nCOPY --from=build /app /app\n"
            + "CMD [\"/usr/sbin/init\"]\n",
            "init=/usr/sbin/init wrapper=- exec command=CMD@5 gate=\"CMD starts /usr/sbin/init\"@5:6-5:22"),
        // not systemd images
        arguments("FROM nginx\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n", "no systemd"),
        arguments("FROM centos:7\nRUN yum -y install systemd\n", "no systemd"),
        arguments("FROM centos:7\nCMD [\"/usr/sbin/initialize\"]\n", "no systemd"),
        arguments("FROM centos:7 AS base\nCMD [\"/usr/sbin/init\"]\nFROM base\nCMD [\"/bin/bash\"]\n", "no systemd"),
        arguments("FROM centos:7 AS base\nCMD [\"/usr/sbin/init\"]\nFROM base\nENTRYPOINT [\"/app\"]\n", "no systemd"),
        arguments("FROM registry.access.redhat.com/ubi9/ubi-init\nCMD [\"/usr/bin/python3\", \"app.py\"]\n",
            "no systemd"),
        arguments("FROM centos:7\nENTRYPOINT /usr/bin/tini --\nCMD [\"/usr/sbin/init\"]\n", "no systemd"));
  }

  @ParameterizedTest
  @MethodSource("gates")
  void gateDecidesWhetherTheFinalStageRunsSystemd(String dockerfile, String expected) {
    assertThat(describeLaunch(analyzeLast(dockerfile, CgroupEra.Setting.AUTO))).isEqualTo(expected);
  }

  @Test
  void aLocallyBuiltBaseHandsDownItsInitAndItsDistribution() {
    DockerfileModel base = model("FROM centos:centos7\nENV container docker\nVOLUME [ \"/sys/fs/cgroup\" ]\n"
        + "CMD [\"/usr/sbin/init\"]\n");
    BaseResolver resolver = image -> image.equals("centos7-systemd")
        ? Optional.of(new BaseResolver.ResolvedBase("systemd/Dockerfile", base, base.stages().get(0)))
        : Optional.empty();
    DockerfileModel app = DockerfileModel.of(DockerfileReader.parse(
        "FROM centos7-systemd\nRUN yum -y install httpd; yum clean all; systemctl enable httpd.service\n"
            + "EXPOSE 80\n").ast(), resolver);
    SystemdImage image = new SystemdAnalyzer(app, CgroupEra.Setting.AUTO).analyze(app.stages().get(0));
    assertThat(describeLaunch(image)).isEqualTo("init=/usr/sbin/init wrapper=- exec inherited command=- "
        + "gate=\"base image centos7-systemd (built by systemd/Dockerfile) runs /usr/sbin/init as PID 1\"@1:6-1:21");
    assertThat(image.baseKnown()).isTrue();
    assertThat(image.era() + ": " + image.eraReason())
        .isEqualTo("V1: the base image is CentOS 7 with systemd 219, which cannot boot on a cgroup v2 host");

    DockerfileModel unresolved = model("FROM centos7-systemd\nRUN true\n");
    SystemdImage unknown = new SystemdAnalyzer(unresolved, CgroupEra.Setting.AUTO).analyze(unresolved.stages().get(0));
    assertThat(unknown.runsSystemd()).isFalse();
    assertThat(unknown.baseKnown()).isFalse();
  }

  @Test
  void everyStageIsAnalyzedOnItsOwn() {
    DockerfileModel m = model("FROM golang AS build\nRUN go build\nFROM centos:7\nCMD [\"/usr/sbin/init\"]\n");
    SystemdAnalyzer analyzer = new SystemdAnalyzer(m, CgroupEra.Setting.AUTO);
    assertThat(m.stages()).map(s -> analyzer.analyze(s).runsSystemd()).containsExactly(false, true);
    assertThat(analyzer.analyze(m.stages().get(0)).baseKnown()).isFalse();
    assertThat(analyzer.analyze(m.stages().get(1)).baseKnown()).isTrue();
  }

  static Stream<Arguments> secondaryEvidence() {
    return Stream.of(
        arguments("FROM centos:7\nSTOPSIGNAL SIGRTMIN+3\nRUN rm -f /lib/systemd/system/*.wants/*; systemctl enable httpd\n"
            + "CMD [\"nginx\"]\n",
            List.of("STOPSIGNAL SIGRTMIN+3@2:12-2:22", "systemctl enable@3:42-3:64",
                "prunes /lib/systemd/system/*.wants/*@3:11-3:40")),
        arguments("FROM debian:12\nSTOPSIGNAL rtmin+3\nRUN systemctl mask getty.target && systemctl set-default multi-user.target\n",
            List.of("STOPSIGNAL SIGRTMIN+3@2:12-2:19", "systemctl mask@3:5-3:32", "systemctl set-default@3:36-3:75")),
        arguments("FROM debian:12\nSTOPSIGNAL SIGTERM\nRUN systemctl start httpd; systemctl daemon-reload\n", List.of()),
        arguments("FROM centos:7\nRUN (cd /lib/systemd/system/sysinit.target.wants/; for i in *; do [ $i = x ] || rm -f $i; done); "
            + "rm -f /etc/systemd/system/*.wants/*\n",
            List.of("prunes /etc/systemd/system/*.wants/*@2:104-2:133")));
  }

  @ParameterizedTest
  @MethodSource("secondaryEvidence")
  void secondaryEvidenceRaisesConfidenceButDoesNotOpenTheGate(String dockerfile, List<String> expected) {
    SystemdImage image = analyzeLast(dockerfile, CgroupEra.Setting.AUTO);
    assertThat(image.secondary()).map(e -> e.description() + "@" + e.range().orElseThrow()).containsExactlyElementsOf(expected);
    assertThat(image.runsSystemd()).isFalse();
  }

  static Stream<Arguments> eras() {
    String init = "CMD [\"/usr/sbin/init\"]\n";
    String v1Note = "# docker run -d --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE\n";
    return Stream.of(
        arguments("FROM centos:7\n" + init, CgroupEra.Setting.AUTO,
            "V1: the base image is CentOS 7 with systemd 219, which cannot boot on a cgroup v2 host"),
        arguments("FROM centos:centos7.0.1406\n" + init, CgroupEra.Setting.AUTO,
            "V1: the base image is CentOS 7.0.1406 with systemd 219, which cannot boot on a cgroup v2 host"),
        arguments("FROM registry.access.redhat.com/ubi7/ubi-init\n", CgroupEra.Setting.AUTO,
            "V1: the base image is UBI 7 with systemd 219, which cannot boot on a cgroup v2 host"),
        arguments("FROM rockylinux:9\n" + init, CgroupEra.Setting.AUTO,
            "V2: the base image is Rocky Linux 9 with systemd 252"),
        arguments("FROM ubuntu:20.04\n" + init, CgroupEra.Setting.AUTO, "V2: the base image is Ubuntu 20.04 with systemd 245"),
        // the era follows a stage's base through earlier stages
        arguments("FROM centos:7 AS base\n" + init + "FROM base\nRUN true\n", CgroupEra.Setting.AUTO,
            "V1: the base image is CentOS 7 with systemd 219, which cannot boot on a cgroup v2 host"),
        // unknown bases: v2, unless the file documents the v1 run line
        arguments("FROM myorg/base\n" + init, CgroupEra.Setting.AUTO,
            "V2: the base image is not one dockwright knows, so a cgroup v2 host is assumed"),
        arguments(v1Note + "FROM myorg/base\n" + init, CgroupEra.Setting.AUTO,
            "V1: the file's run note mounts /sys/fs/cgroup read-only, the cgroup v1 recipe"),
        arguments("FROM myorg/base\n" + v1Note + init, CgroupEra.Setting.AUTO,
            "V1: the file's run note mounts /sys/fs/cgroup read-only, the cgroup v1 recipe"),
        arguments("FROM myorg/base\nLABEL RUN=\"docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro IMAGE\"\n"
            + init, CgroupEra.Setting.AUTO,
            "V1: the file's run note mounts /sys/fs/cgroup read-only, the cgroup v1 recipe"),
        arguments("FROM myorg/base\n# docker run --privileged --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw IMAGE\n"
            + init, CgroupEra.Setting.AUTO,
            "V2: the base image is not one dockwright knows, so a cgroup v2 host is assumed"),
        // a note in another stage's part of the file does not speak for this stage
        arguments("FROM golang AS build\n" + v1Note + "RUN go build\nFROM myorg/base\n" + init, CgroupEra.Setting.AUTO,
            "V2: the base image is not one dockwright knows, so a cgroup v2 host is assumed"),
        // a known distribution without systemd data, or with an unreadable release
        arguments("FROM alpine:3.20\n" + init, CgroupEra.Setting.AUTO,
            "V2: the base image is Alpine 3.20, assumed to run on a cgroup v2 host"),
        arguments("ARG V\nFROM centos:$V\n" + init, CgroupEra.Setting.AUTO,
            "V2: the base image is CentOS, assumed to run on a cgroup v2 host"),
        // a fixed setting wins
        arguments("FROM centos:7\n" + init, CgroupEra.Setting.V2, "V2: set by configuration (systemd.cgroup: v2)"),
        arguments("FROM rockylinux:9\n" + init, CgroupEra.Setting.V1, "V1: set by configuration (systemd.cgroup: v1)"),
        arguments("FROM myorg/base\n" + init, CgroupEra.Setting.V1, "V1: set by configuration (systemd.cgroup: v1)"));
  }

  @ParameterizedTest
  @MethodSource("eras")
  void cgroupEra(String dockerfile, CgroupEra.Setting setting, String expected) {
    SystemdImage image = analyzeLast(dockerfile, setting);
    assertThat(image.era() + ": " + image.eraReason()).isEqualTo(expected);
  }

  @Test
  void runNotesAreLabelValuesAndCommentsOfTheStage() {
    DockerfileModel m = model(String.join("\n",
        "# Build: docker build -t app .",
        "# Run: docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro app",
        "FROM centos:7",
        "LABEL RUN=\"podman run -d IMAGE\" maintainer=\"me\"",
        "# mount /sys/fs/cgroup when running",
        "CMD [\"/usr/sbin/init\"]",
        "FROM alpine",
        "# docker run --rm alpine",
        ""));
    assertThat(RunNotes.of(m, List.of(m.stages().get(0))))
        .map(n -> n.text() + "@" + n.range() + (n.label().isPresent() ? " (LABEL)" : ""))
        .containsExactly("\"podman run -d IMAGE\"@4:11-4:32 (LABEL)",
            "Run: docker run --privileged -v /sys/fs/cgroup:/sys/fs/cgroup:ro app@2:1-2:71",
            "mount /sys/fs/cgroup when running@5:1-5:36");
    assertThat(RunNotes.of(m, List.of(m.stages().get(1)))).map(n -> n.range().toString())
        .containsExactly("8:1-8:25");
  }

  static Stream<Arguments> initPaths() {
    return Stream.of(arguments("/sbin/init", true), arguments("/usr/sbin/init", true),
        arguments("/usr/local/sbin/init", true), arguments("/lib/systemd/systemd", true),
        arguments("/usr/lib/systemd/systemd", true), arguments("init", false), arguments("/bin/init", false),
        arguments("/usr/lib/systemd/systemd-udevd", false), arguments("systemd", false));
  }

  @ParameterizedTest
  @MethodSource("initPaths")
  void initPaths(String path, boolean init) {
    assertThat(SystemdAnalyzer.isInitPath(path)).isEqualTo(init);
  }
}
