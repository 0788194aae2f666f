package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
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
        """,
        """
        FROM rockylinux:9
        RUN yum localinstall -y ./x.rpm && dnf clean all
        RUN yum -y groupinstall core && rm -rf /var/cache/dnf
        RUN --mount=type=cache,target=/var/cache/dnf yum install -y vim
        """,
        // a clean-up before the install cleans nothing it downloads
        """
        FROM centos:7
        # expect: DW4015 [1:22-1:33] "`yum install` leaves its cache in this layer"
        RUN yum clean all && yum install -y httpd
        # expect: DW4015 [1:46-1:56] "`yum update`"
        RUN yum install -y httpd && yum clean all && yum update -y
        """);
  }

  /**
   * hadolint's DL3032: only a command with an `install` word fills the cache; `yum clean` or any `rm -rf`
   * after the first one cleans it; no mount exempts.
   */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum update -y && yum -y swap -- remove a -- install b && yum clean packages
        RUN yum install -y httpd && rm -rf /tmp/build
        RUN yum install -y httpd && yum clean all && yum install -y git
        """,
        """
        FROM centos:7
        # expect: DW4015 [1:46-1:57] "`yum install`"
        RUN --mount=type=cache,target=/var/cache/yum yum install -y vim
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
