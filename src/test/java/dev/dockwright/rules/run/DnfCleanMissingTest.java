package dev.dockwright.rules.run;

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
        """);
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
