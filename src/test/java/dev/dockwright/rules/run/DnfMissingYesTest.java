package dev.dockwright.rules.run;

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
        RUN dnf install -y nginx && dnf -y upgrade && microdnf install shadow-utils && dnf clean all
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
            "FROM fedora:40\nRUN <<EOF\ndnf install -y nginx\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsYes(String before, String after) {
    T.fix(before, after);
  }
}
