package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedYumPackageTest {
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
}
