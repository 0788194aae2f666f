package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DnfCleanMissingTest {
  private static final RuleTester T = RuleTester.of(DnfCleanMissing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM fedora:40
        RUN dnf install -y nginx && dnf clean all
        RUN microdnf install -y shadow-utils && microdnf clean all
        RUN dnf install -y git && rm -rf /var/cache/dnf
        RUN --mount=type=cache,target=/var/cache/dnf dnf install -y vim
        """,
        """
        FROM fedora:40
        # expect: DW4022 [1:5-1:16] "`dnf install` leaves its cache in this layer: end the `RUN` with `dnf clean all`"
        RUN dnf install -y nginx
        """,
        """
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        # expect: DW4022 [1:5-1:21] "`microdnf install` leaves its cache in this layer: end the `RUN` with `microdnf clean all`"
        RUN microdnf install shadow-utils
        """,
        """
        FROM fedora:40
        # expect: DW4022 [1:13-1:24] "`dnf install`"
        ONBUILD RUN dnf install -y x
        """,
        """
        FROM fedora:40
        RUN dnf in -y nginx && dnf clean all
        RUN dnf -y up-min && dnf -y rei bash && yum clean all
        RUN dnf install -y git && rm -rf /var/cache/libdnf5
        RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y vim
        RUN --mount=type=tmpfs,target=/var/cache dnf install -y make
        RUN dnf module list && dnf repolist && dnf makecache
        """,
        // a clean-up before the install cleans nothing it downloads
        """
        FROM fedora:40
        # expect: DW4022 [1:22-1:28] "`dnf up` leaves its cache in this layer"
        RUN dnf clean all && dnf up -y
        # expect: DW4022 [1:46-1:52] "`dnf in`"
        RUN dnf install -y nginx && dnf clean all && dnf in -y git
        # expect: DW4022 [1:34-1:52] "`dnf module install`"
        RUN rm -rf /var/cache/libdnf5 && dnf module install -y nodejs:20
        """,
        // each manager cleans its own cache
        """
        FROM fedora:40
        # expect: DW4022 [1:5-1:16] "`dnf install` leaves its cache in this layer: end the `RUN` with `microdnf clean all`"
        RUN dnf install -y nginx && microdnf install -y git && microdnf clean all
        """);
  }

  /**
   * hadolint's DL3040: install, in, upgrade, up, upgrade-minimal, up-min, reinstall, rei fill the cache; a
   * `dnf clean` or any `rm -rf` after the first of them cleans it; only a mount on a `libdnf5` cache exempts.
   */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM fedora:40
        RUN dnf -y distro-sync && dnf -y localinstall ./x.rpm && dnf -y module enable php:8.2
        RUN dnf install -y nginx && rm -rf /tmp/build
        RUN dnf install -y nginx && dnf clean all && dnf install -y git
        RUN --mount=type=cache,target=/var/cache/libdnf5/x dnf install -y vim
        """,
        """
        FROM fedora:40
        # expect: DW4022 [1:46-1:57] "`dnf install`"
        RUN --mount=type=cache,target=/var/cache/dnf dnf install -y vim
        # expect: DW4022 [1:22-1:33] "`dnf install`"
        RUN dnf clean all && dnf install -y vim && dnf clean all
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM fedora:40\nRUN dnf install -y nginx\n",
            "FROM fedora:40\nRUN dnf install -y nginx && dnf clean all\n"),
        Arguments.of("FROM fedora:40\nRUN dnf -y upgrade \\\n && dnf install -y nginx\n",
            "FROM fedora:40\nRUN dnf -y upgrade \\\n && dnf install -y nginx \\\n && dnf clean all\n"),
        Arguments.of("FROM ubi9/ubi-minimal\nRUN microdnf install shadow-utils\n",
            "FROM ubi9/ubi-minimal\nRUN microdnf install shadow-utils && microdnf clean all\n"),
        Arguments.of("FROM fedora:40\nRUN <<EOF\n  dnf install -y nginx\nEOF\n",
            "FROM fedora:40\nRUN <<EOF\n  dnf install -y nginx\n  dnf clean all\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void appendsTheCleanup(String before, String after) {
    T.fix(before, after);
  }
}
