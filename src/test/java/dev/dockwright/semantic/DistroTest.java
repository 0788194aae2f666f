package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.semantic.Distro.Family;
import dev.dockwright.semantic.Distro.PackageManagerKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The distribution, release, systemd version and package manager read from a base image reference. */
class DistroTest {

  /** {@code FAMILY version=V major=M systemd=S PM exact|floating "display"}, {@code -} for unknown. */
  static String describe(Distro d) {
    return d.family() + " version=" + d.version().orElse("-")
        + " major=" + (d.major().isPresent() ? d.major().getAsInt() : "-")
        + " systemd=" + (d.systemdVersion().isPresent() ? d.systemdVersion().getAsInt() : "-")
        + " " + d.packageManager() + " " + (d.exactTag() ? "exact" : "floating") + " \"" + d.displayName() + "\"";
  }

  static Stream<Arguments> distros() {
    return Stream.of(
        // CentOS: 7 has systemd 219 (cgroup v1 only); latest was last pushed as 8
        arguments("centos:7", "CENTOS version=7 major=7 systemd=219 YUM exact \"CentOS 7\""),
        arguments("centos:centos7", "CENTOS version=7 major=7 systemd=219 YUM exact \"CentOS 7\""),
        arguments("centos:7.0.1406", "CENTOS version=7.0.1406 major=7 systemd=219 YUM exact \"CentOS 7.0.1406\""),
        arguments("centos:centos7.0.1406", "CENTOS version=7.0.1406 major=7 systemd=219 YUM exact \"CentOS 7.0.1406\""),
        arguments("docker.io/library/centos:7", "CENTOS version=7 major=7 systemd=219 YUM exact \"CentOS 7\""),
        arguments("centos:latest", "CENTOS version=- major=8 systemd=239 DNF floating \"CentOS 8\""),
        arguments("centos", "CENTOS version=- major=8 systemd=239 DNF floating \"CentOS 8\""),
        arguments("centos:8", "CENTOS version=8 major=8 systemd=239 DNF exact \"CentOS 8\""),
        arguments("quay.io/centos/centos:stream9", "CENTOS version=9 major=9 systemd=252 DNF exact \"CentOS 9\""),
        arguments("quay.io/centos/centos:stream8", "CENTOS version=8 major=8 systemd=239 DNF exact \"CentOS 8\""),
        arguments("centos/systemd", "CENTOS version=7 major=7 systemd=219 YUM exact \"CentOS 7\""),
        // Red Hat UBI: the major is in the repository name
        arguments("registry.access.redhat.com/ubi9/ubi-init", "UBI version=- major=9 systemd=252 DNF floating \"UBI 9\""),
        arguments("registry.access.redhat.com/ubi8/ubi-minimal",
            "UBI version=- major=8 systemd=239 MICRODNF floating \"UBI 8\""),
        arguments("ubi8/ubi-minimal", "UBI version=- major=8 systemd=239 MICRODNF floating \"UBI 8\""),
        arguments("registry.access.redhat.com/ubi7/ubi-init:7.9", "UBI version=7.9 major=7 systemd=219 YUM exact \"UBI 7.9\""),
        arguments("registry.access.redhat.com/ubi8/ubi:8.10", "UBI version=8.10 major=8 systemd=239 DNF exact \"UBI 8.10\""),
        arguments("redhat/ubi9", "UBI version=- major=9 systemd=252 DNF floating \"UBI 9\""),
        arguments("redhat/ubi9-init:9.4", "UBI version=9.4 major=9 systemd=252 DNF exact \"UBI 9.4\""),
        // other Enterprise Linux rebuilds
        arguments("rockylinux:9", "ROCKY version=9 major=9 systemd=252 DNF exact \"Rocky Linux 9\""),
        arguments("rockylinux/rockylinux:9.3-minimal", "ROCKY version=9.3 major=9 systemd=252 DNF exact \"Rocky Linux 9.3\""),
        arguments("almalinux:8", "ALMA version=8 major=8 systemd=239 DNF exact \"AlmaLinux 8\""),
        arguments("oraclelinux:8", "ORACLE version=8 major=8 systemd=239 DNF exact \"Oracle Linux 8\""),
        // Fedora
        arguments("fedora:40", "FEDORA version=40 major=40 systemd=255 DNF exact \"Fedora 40\""),
        arguments("fedora", "FEDORA version=- major=43 systemd=258 DNF floating \"Fedora 43\""),
        arguments("fedora:rawhide", "FEDORA version=- major=- systemd=- DNF floating \"Fedora\""),
        // Debian: numbers and code names
        arguments("debian:bookworm-slim", "DEBIAN version=12 major=12 systemd=252 APT exact \"Debian 12\""),
        arguments("debian:bullseye", "DEBIAN version=11 major=11 systemd=247 APT exact \"Debian 11\""),
        arguments("debian:11", "DEBIAN version=11 major=11 systemd=247 APT exact \"Debian 11\""),
        arguments("debian:12.5-slim", "DEBIAN version=12.5 major=12 systemd=252 APT exact \"Debian 12.5\""),
        arguments("debian", "DEBIAN version=- major=13 systemd=257 APT floating \"Debian 13\""),
        arguments("debian:stable-slim", "DEBIAN version=- major=13 systemd=257 APT floating \"Debian 13\""),
        arguments("debian:testing", "DEBIAN version=- major=- systemd=- APT floating \"Debian\""),
        arguments("debian:sid-slim", "DEBIAN version=- major=- systemd=- APT floating \"Debian\""),
        // Ubuntu: numbers and code names
        arguments("ubuntu:20.04", "UBUNTU version=20.04 major=20 systemd=245 APT exact \"Ubuntu 20.04\""),
        arguments("ubuntu:jammy", "UBUNTU version=22.04 major=22 systemd=249 APT exact \"Ubuntu 22.04\""),
        arguments("ubuntu:jammy-20240911", "UBUNTU version=22.04 major=22 systemd=249 APT exact \"Ubuntu 22.04\""),
        arguments("ubuntu", "UBUNTU version=24.04 major=24 systemd=255 APT floating \"Ubuntu 24.04\""),
        arguments("ubuntu:devel", "UBUNTU version=- major=- systemd=- APT floating \"Ubuntu\""),
        // community systemd images name the distribution after "systemd-"
        arguments("jrei/systemd-ubuntu:22.04", "UBUNTU version=22.04 major=22 systemd=249 APT exact \"Ubuntu 22.04\""),
        arguments("jrei/systemd-debian:12", "DEBIAN version=12 major=12 systemd=252 APT exact \"Debian 12\""),
        arguments("jrei/systemd-centos:7", "CENTOS version=7 major=7 systemd=219 YUM exact \"CentOS 7\""),
        // distributions without systemd data
        arguments("alpine:3.20", "ALPINE version=3.20 major=3 systemd=- APK exact \"Alpine 3.20\""),
        arguments("alpine", "ALPINE version=- major=- systemd=- APK floating \"Alpine\""),
        arguments("amazonlinux:2", "AMAZON version=2 major=2 systemd=- YUM exact \"Amazon Linux 2\""),
        arguments("opensuse/leap:15.6", "OPENSUSE version=15.6 major=15 systemd=- ZYPPER exact \"openSUSE 15.6\""),
        // a release that cannot be read is unknown, never the latest
        arguments("centos:${CENTOS_VERSION}", "CENTOS version=- major=- systemd=- UNKNOWN floating \"CentOS\""),
        arguments("centos@sha256:" + "a".repeat(64), "CENTOS version=- major=- systemd=- UNKNOWN floating \"CentOS\""),
        arguments("ubuntu:$TAG", "UBUNTU version=- major=- systemd=- APT floating \"Ubuntu\""),
        arguments("rockylinux:minimal", "ROCKY version=- major=- systemd=- UNKNOWN floating \"Rocky Linux\""));
  }

  @ParameterizedTest
  @MethodSource("distros")
  void distributionOfABaseImage(String image, String expected) {
    assertThat(describe(Distro.of(ImageReference.parse(image)))).isEqualTo(expected);
  }

  static Stream<Arguments> unknownImages() {
    return Stream.of(arguments("nginx:latest"), arguments("myorg/base"), arguments("busybox"), arguments("scratch"),
        arguments("golang:1.22"), arguments("$BASE_IMAGE"), arguments("registry.example.com/team/app:1"),
        arguments("Invalid:Reference:"));
  }

  @ParameterizedTest
  @MethodSource("unknownImages")
  void imagesWithoutAKnownDistributionAreUnknown(String image) {
    Distro d = Distro.of(ImageReference.parse(image));
    assertThat(d).isEqualTo(Distro.UNKNOWN);
    assertThat(d.isKnown()).isFalse();
    assertThat(d.displayName()).isEqualTo("unknown distribution");
  }

  @Test
  void familyGroups() {
    assertThat(Family.UBI.isEnterpriseLinux()).isTrue();
    assertThat(Family.FEDORA.isEnterpriseLinux()).isFalse();
    assertThat(Family.UBUNTU.isDebianLike()).isTrue();
    assertThat(Family.ALPINE.isDebianLike()).isFalse();
    assertThat(Distro.of(null)).isEqualTo(Distro.UNKNOWN);
    assertThat(Distro.UNKNOWN.packageManager()).isEqualTo(PackageManagerKind.UNKNOWN);
  }
}
