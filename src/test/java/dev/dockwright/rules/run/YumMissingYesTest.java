package dev.dockwright.rules.run;

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
