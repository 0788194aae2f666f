package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YumCleanMissingTest {
  private static final RuleTester T = RuleTester.of(YumCleanMissing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum install -y httpd && yum clean all
        RUN yum install -y git && rm -rf /var/cache/yum
        RUN --mount=type=cache,target=/var/cache/yum yum install -y vim
        RUN yum makecache
        """,
        """
        FROM centos:7
        # expect: DW4015 [1:5-1:16] "`yum install` leaves its cache in this layer: end the `RUN` with `yum clean all`"
        RUN yum install -y httpd
        """,
        """
        FROM centos:7
        # expect: DW4015 [2:1-2:11] "`yum update`"
        RUN <<EOF
        yum update -y
        EOF
        """,
        """
        FROM centos:7
        # expect: DW4015 [1:13-1:24] "`yum install`"
        ONBUILD RUN yum install -y x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM centos:7\nRUN yum install -y httpd\n",
            "FROM centos:7\nRUN yum install -y httpd && yum clean all\n"),
        Arguments.of("FROM centos:7\nRUN yum install -y \\\n      httpd \\\n      mod_ssl\n",
            "FROM centos:7\nRUN yum install -y \\\n      httpd \\\n      mod_ssl \\\n      && yum clean all\n"),
        Arguments.of("FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nEOF\n",
            "FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nyum clean all\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void appendsTheCleanup(String before, String after) {
    T.fix(before, after);
  }
}
