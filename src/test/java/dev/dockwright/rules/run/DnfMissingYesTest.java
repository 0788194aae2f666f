package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DnfMissingYesTest {
  private static final RuleTester T = RuleTester.of(DnfMissingYes.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM fedora:40
        RUN dnf install -y nginx && dnf -y upgrade && microdnf install -y shadow-utils && dnf clean all
        RUN dnf module list && dnf repolist && dnf makecache && dnf config-manager --set-enabled crb
        RUN dnf -y module enable nodejs:20 && dnf in -y nodejs && microdnf --assumeyes up
        """,
        // dnf's aliases and sub-commands ask as the full names do
        """
        FROM fedora:40
        # expect: DW4021 [1:5-1:11] "`dnf in` without `-y` stops at a confirmation prompt"
        RUN dnf in nginx
        # expect: DW4021 [1:5-1:12] "`dnf rei`"
        # expect: DW4021 [1:21-1:41] "`dnf up-min`"
        # expect: DW4021 [1:45-1:61] "`dnf localinstall`"
        RUN dnf rei bash && dnf --refresh up-min && dnf localinstall ./x-1.0.rpm
        # expect: DW4021 [1:5-1:23] "`dnf module install`"
        # expect: DW4021 [1:37-1:54] "`dnf module enable`"
        RUN dnf module install nodejs:20 && dnf module enable php:8.2
        # expect: DW4021 [1:5-1:20] "`dnf grp install`"
        # expect: DW4021 [1:29-1:38] "`dnf dsync`"
        RUN dnf grp install core && dnf dsync
        """,
        // microdnf is dnf 5 since Fedora 38 and asks; microdnf 3 takes -y and ignores it
        """
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        # expect: DW4021 [1:5-1:21] "`microdnf install` without `-y` stops at a confirmation prompt"
        RUN microdnf install shadow-utils && microdnf clean all
        """,
        """
        FROM fedora:40
        # expect: DW4021 [1:5-1:16] "`dnf install` without `-y` stops at a confirmation prompt"
        RUN dnf install nginx
        """,
        """
        FROM fedora:40
        # expect: DW4021 [1:5-1:22] "`dnf group install`"
        RUN dnf group install "Development Tools"
        """,
        """
        FROM fedora:40
        # expect: DW4021 [2:1-2:12] "`dnf install`"
        RUN <<EOF
        dnf install nginx
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM fedora:40\nRUN dnf install nginx\n", "FROM fedora:40\nRUN dnf install -y nginx\n"),
        // after the whole verb: `dnf group -y install` would not parse
        Arguments.of("FROM fedora:40\nRUN dnf group install 'Development Tools'\n",
            "FROM fedora:40\nRUN dnf group install -y 'Development Tools'\n"),
        Arguments.of("FROM fedora:40\nRUN dnf \\\n      install \\\n      nginx\n",
            "FROM fedora:40\nRUN dnf \\\n      install -y \\\n      nginx\n"),
        Arguments.of("FROM fedora:40\nRUN <<EOF\ndnf install nginx\nEOF\n",
            "FROM fedora:40\nRUN <<EOF\ndnf install -y nginx\nEOF\n"),
        Arguments.of("FROM fedora:40\nRUN dnf module enable php:8.2\n",
            "FROM fedora:40\nRUN dnf module enable -y php:8.2\n"),
        Arguments.of("FROM ubi9/ubi-minimal\nRUN microdnf in shadow-utils\n",
            "FROM ubi9/ubi-minimal\nRUN microdnf in -y shadow-utils\n"));
  }

  /** hadolint's DL3038 asks for `-y` only where a word is `install`, `groupinstall` or `localinstall`. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM fedora:40
        RUN dnf upgrade && dnf in nginx && dnf remove vim && microdnf rei bash && dnf module enable php:8.2
        """,
        """
        FROM fedora:40
        # expect: DW4021 [1:5-1:16] "`dnf install`"
        # expect: DW4021 [1:26-1:49] "`microdnf module install`"
        RUN dnf install nginx && microdnf module install nodejs:20
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsYes(String before, String after) {
    T.fix(before, after);
  }
}
