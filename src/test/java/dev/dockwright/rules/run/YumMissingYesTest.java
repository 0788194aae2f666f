package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YumMissingYesTest {
  private static final RuleTester T = RuleTester.of(YumMissingYes.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum install -y httpd && yum -y update && yum --assumeyes remove vim && yum clean all && yum makecache
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:5-1:16] "`yum install` without `-y` stops at a confirmation prompt, which fails the build"
        RUN yum install httpd
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:22-1:32] "`yum remove`"
        RUN yum -y update && yum remove vim
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:13-1:24] "`yum install`"
        ONBUILD RUN yum install x
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:5-1:21] "`yum localinstall`"
        # expect: DW4014 [1:33-1:46] "`yum downgrade`"
        # expect: DW4014 [1:54-1:72] "`yum groups install`"
        RUN yum localinstall ./x.rpm && yum downgrade rpm && yum groups install core
        """,
        """
        FROM rockylinux:9
        # expect: DW4014 [1:5-1:23] "`yum module install`"
        # expect: DW4014 [1:37-1:53] "`yum history undo`"
        RUN yum module install nodejs:20 && yum history undo last
        """,
        """
        FROM rockylinux:9
        RUN yum -y module enable nodejs:20 && yum module list && yum check-update; yum history list && yum repolist
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:6-1:22] "`yum install`"
        RUN ["yum", "install", "x"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM centos:7\nRUN yum install httpd\n", "FROM centos:7\nRUN yum install -y httpd\n"),
        Arguments.of("FROM centos:7\nRUN yum groupinstall 'Development Tools'\n",
            "FROM centos:7\nRUN yum groupinstall -y 'Development Tools'\n"),
        Arguments.of("FROM centos:7\nRUN yum \\\n    install \\\n    httpd\n",
            "FROM centos:7\nRUN yum \\\n    install -y \\\n    httpd\n"),
        Arguments.of("FROM centos:7\nRUN <<EOF\nyum install httpd\nEOF\n",
            "FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF\n"));
  }

  /** hadolint's DL3030 asks for `-y` only where a word is `install`, `groupinstall` or `localinstall`. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum update && yum remove vim && yum reinstall bash && yum downgrade rpm
        """,
        """
        FROM centos:7
        # expect: DW4014 [1:5-1:21] "`yum groupinstall`"
        # expect: DW4014 [1:30-1:46] "`yum localinstall`"
        RUN yum groupinstall core && yum localinstall ./x.rpm
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

  /** After `--` every word is an operand: an option there would be read as a package. */
  @org.junit.jupiter.api.Test
  void noOptionAfterTheEndOfOptions() {
    T.noFix("FROM centos:7\nRUN yum -dd -- install httpd\n");
  }
}
