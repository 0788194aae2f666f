package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WgetWithoutProgressSettingTest {
  private static final RuleTester T = RuleTester.of(WgetWithoutProgressSetting.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN wget --progress=dot:giga https://x/a && wget -q https://x/b && wget -nv https://x/c
        RUN wget -qO- https://x/d | sh && wget -o /tmp/log https://x/e && wget --no-verbose https://x/f
        """,
        """
        FROM debian:12
        # expect: DW4026 [1:5-1:9] "`wget` prints a progress bar line for every few kilobytes in a build log: add `--progress=dot:giga`, or `-nv` / `-q`"
        RUN wget https://example.com/x.tgz
        """,
        """
        FROM debian:12
        # expect: DW4026 [2:1-2:5] "`wget`"
        RUN <<EOF
        wget -O /tmp/x https://example.com/x
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4026 [1:13-1:17] "`wget`"
        ONBUILD RUN wget https://example.com/x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
