package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.CgroupEra;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CgroupVolumeOnCgroupV2Test {
  private static final RuleTester T = RuleTester.of(CgroupVolumeOnCgroupV2.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM rockylinux:9
        # expect: DW2020 [1:10-1:26] "puts an anonymous volume over the cgroup file system the runtime mounts, so systemd cannot boot (assumed cgroup v2 because the base image is Rocky Linux 9 with systemd 252; set `systemd.cgroup` or `--systemd-cgroup` to change)"
        VOLUME [ "/sys/fs/cgroup" ]
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2020 [1:14-1:29] "(assumed cgroup v2 because the base image is Debian 12 with systemd 252;"
        VOLUME /data /sys/fs/cgroup/
        CMD ["/sbin/init"]
        """,
        // the v1 era needs it
        """
        FROM centos:7
        VOLUME [ "/sys/fs/cgroup" ]
        CMD ["/usr/sbin/init"]
        """,
        // inherited from a stage of the file; reported once
        """
        FROM ubuntu:22.04 AS base
        # expect: DW2020 "puts an anonymous volume over the cgroup file system"
        VOLUME /sys/fs/cgroup
        FROM base
        CMD ["/sbin/init"]
        """,
        // not a systemd image
        """
        FROM debian:12
        VOLUME /sys/fs/cgroup
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void configuredEra() {
    RuleTester v2 = T.with(Settings.defaults().withSystemdCgroup(CgroupEra.Setting.V2));
    assertThat(v2.findings("FROM centos:7\nVOLUME [ \"/sys/fs/cgroup\" ]\nCMD [\"/usr/sbin/init\"]\n")).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("(cgroup v2 as set by `systemd.cgroup`)"));
  }

  @Test
  void guessedEraIsInfo() {
    assertThat(T.findings("FROM centos7-systemd\nVOLUME [ \"/sys/fs/cgroup\" ]\nCMD [\"/usr/sbin/init\"]\n"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("(assumed cgroup v2 because the base image is not one dockwright knows")
              .endsWith("base image `centos7-systemd` not visible; map it in the config");
          assertThat(f.fix()).isEmpty();
        });
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM rockylinux:9\nVOLUME [ \"/sys/fs/cgroup\" ]\nCMD [\"/sbin/init\"]\n",
            "FROM rockylinux:9\nCMD [\"/sbin/init\"]\n"),
        Arguments.of("FROM rockylinux:9\nVOLUME [\"/sys/fs/cgroup\", \"/data\"]\nCMD [\"/sbin/init\"]\n",
            "FROM rockylinux:9\nVOLUME [\"/data\"]\nCMD [\"/sbin/init\"]\n"),
        Arguments.of("FROM rockylinux:9\nVOLUME /data /sys/fs/cgroup\nCMD [\"/sbin/init\"]\n",
            "FROM rockylinux:9\nVOLUME /data\nCMD [\"/sbin/init\"]\n"),
        Arguments.of("FROM rockylinux:9\nCMD [\"/sbin/init\"]\nVOLUME /sys/fs/cgroup",
            "FROM rockylinux:9\nCMD [\"/sbin/init\"]"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void removesTheVolumeWithUnsafeFixes(String before, String after) {
    T.unsafeFix(before, after);
  }
}
