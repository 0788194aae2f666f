package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CdInsteadOfWorkdirTest {
  private static final RuleTester T = RuleTester.of(CdInsteadOfWorkdir.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        WORKDIR /app
        RUN make
        """,
        """
        FROM alpine:3.20
        # expect: DW4001 [1:5-1:12] "`cd` lasts only until the end of this `RUN`: use `WORKDIR /app`"
        RUN cd /app && make
        """,
        """
        FROM alpine:3.20
        RUN (cd /tmp && wget -q https://example.com/x.tgz) && echo "$(cd /opt && pwd)" && sh -c 'cd /src && make'
        """,
        """
        FROM alpine:3.20
        # expect: DW4001 [3:3-3:14] "use `WORKDIR /usr/src`"
        RUN <<EOF
          set -e
          cd /usr/src
          make
        EOF
        """,
        """
        FROM alpine:3.20
        # expect: DW4001 [1:13-1:18] "`WORKDIR /x`"
        ONBUILD RUN cd /x && make
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
