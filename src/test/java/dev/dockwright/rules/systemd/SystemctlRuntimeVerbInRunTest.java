package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SystemctlRuntimeVerbInRunTest {
  private static final RuleTester T = RuleTester.of(SystemctlRuntimeVerbInRun.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM rockylinux:9
        # expect: DW2014 [1:39-1:44] "`systemctl start` needs a running systemd, which a build does not have: it fails (\"System has not been booted with systemd\"); enable the unit at build time instead"
        RUN dnf -y install httpd && systemctl start httpd
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        # expect: DW2014 [1:15-1:28] "`systemctl daemon-reload` needs a running systemd, which a build does not have: it fails ("System has not been booted with systemd"), and `|| true` hides that, so the build passes and nothing ran; drop it: systemd reads the unit files when the container boots"
        RUN systemctl daemon-reload || true
        CMD ["/sbin/init"]
        """,
        """
        FROM rockylinux:9
        # expect: DW2014 [1:28-1:33] "`systemctl enable --now` also starts or stops the unit, which needs a running systemd"
        RUN systemctl enable httpd --now
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2014 [1:19-1:24] "`service nginx start` needs a running init, which a build does not have: it fails; enable the unit at build time instead"
        RUN service nginx start
        CMD ["/sbin/init"]
        """,
        // offline verbs
        """
        FROM rockylinux:9
        RUN systemctl enable httpd && systemctl mask getty.target && systemctl set-default multi-user.target \\
            && systemctl is-enabled httpd && systemctl preset-all
        CMD ["/sbin/init"]
        """,
        // a heredoc RUN and an ONBUILD trigger of the systemd image
        """
        FROM rockylinux:9
        # expect: DW2014 [4:11-4:18] "`systemctl restart`"
        RUN <<EOF
        dnf -y install mariadb-server
        # set up the database
        systemctl restart mariadb
        EOF
        # expect: DW2014 [1:23-1:28] "`systemctl start`"
        ONBUILD RUN systemctl start httpd
        CMD ["/sbin/init"]
        """,
        // not a systemd image
        """
        FROM rockylinux:9
        RUN systemctl start httpd || true
        CMD ["httpd", "-DFOREGROUND"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("safeFixes")
  void dropsNow(String before, String after) {
    T.fix(before, after);
  }

  static Stream<Arguments> safeFixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN systemctl enable --now nginx\nCMD [\"/sbin/init\"]\n",
            "FROM debian:12\nRUN systemctl enable nginx\nCMD [\"/sbin/init\"]\n"),
        Arguments.of("FROM debian:12\nRUN systemctl enable nginx --now\nCMD [\"/sbin/init\"]\n",
            "FROM debian:12\nRUN systemctl enable nginx\nCMD [\"/sbin/init\"]\n"));
  }

  @ParameterizedTest
  @MethodSource("unsafeFixes")
  void enablesInsteadOfStarting(String before, String after) {
    T.unsafeFix(before, after);
  }

  static Stream<Arguments> unsafeFixes() {
    return Stream.of(
        Arguments.of("FROM debian:12\nRUN systemctl start nginx\nCMD [\"/sbin/init\"]\n",
            "FROM debian:12\nRUN systemctl enable nginx\nCMD [\"/sbin/init\"]\n"));
  }
}
