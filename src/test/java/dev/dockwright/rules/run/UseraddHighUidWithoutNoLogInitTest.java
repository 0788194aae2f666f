package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UseraddHighUidWithoutNoLogInitTest {
  private static final RuleTester T = RuleTester.of(UseraddHighUidWithoutNoLogInit.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN useradd -u 1000 -m app && useradd -l -u 1000001 big && useradd --no-log-init --uid 2000000 big2
        RUN useradd -u "$APP_UID" app2 && useradd -m app3
        """,
        """
        FROM debian:12
        # expect: DW4025 [1:16-1:23] "`useradd -u 1000001` without `-l` adds the UID to `/var/log/lastlog` and `faillog`"
        RUN useradd -u 1000001 -m app
        """,
        """
        FROM debian:12
        # expect: DW4025 [1:13-1:18] "`useradd -u 1234567`"
        RUN useradd --uid=1234567 app
        """,
        """
        FROM debian:12
        # expect: DW4025 [2:12-2:18] "`useradd -u 999999`"
        RUN <<EOF
        useradd -u 999999 app
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
        Arguments.of("FROM debian:12\nRUN useradd -u 1000001 -m app\n",
            "FROM debian:12\nRUN useradd -l -u 1000001 -m app\n"),
        Arguments.of("FROM debian:12\nRUN useradd \\\n  -u 1000001 app\n",
            "FROM debian:12\nRUN useradd -l \\\n  -u 1000001 app\n"),
        Arguments.of("FROM debian:12\nRUN <<EOF\nuseradd -u 1000001 app\nEOF\n",
            "FROM debian:12\nRUN <<EOF\nuseradd -l -u 1000001 app\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsL(String before, String after) {
    T.fix(before, after);
  }
}
