package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedYumPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedYumPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM centos:7
        RUN yum install -y httpd-2.4.6-99.el7 nginx-1.20.1 ./local.rpm "java-11-openjdk-${JAVA_V}" @core
        RUN yum groupinstall -y "Development Tools" && yum install -y nginx-${NGINX_VERSION}
        """,
        """
        FROM centos:7
        # expect: DW4016 [1:20-1:25] "`httpd` is not pinned: write `httpd-<version>`"
        RUN yum install -y httpd mod_ssl-2.4.6 @development
        """,
        """
        FROM centos:7
        # expect: DW4016 [2:16-2:27] "`python3-pip`"
        RUN <<EOF
        yum install -y python3-pip
        EOF
        """,
        // dnf has its own rule
        """
        FROM fedora:40
        RUN dnf install -y nginx
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /**
   * With {@code compat: hadolint}: a dash and a digit read as a version ({@code java-1.8.0-openjdk}), and a
   * version variable must be declared by an ARG above or an ENV of the stage.
   */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM centos:7 AS build
        ARG GIT_V=2.43.0
        ENV CURL_V=7.29.0
        RUN yum install -y java-1.8.0-openjdk git-${GIT_V} curl-${CURL_V}
        FROM build
        RUN yum install -y curl-$CURL_V
        FROM centos:7
        RUN yum install -y git-${GIT_V}
        # expect: DW4016 [1:25-1:34] "`${CURL_V}` is set by no ARG above and no ENV of this stage: write `curl-<version>`"
        # expect: DW4016 [1:41-1:48] "`-1.20.*` is a version range, not a pin: write `nginx-<version>`"
        RUN yum install -y curl-${CURL_V} 'nginx-1.20.*'
        """);
  }
}
