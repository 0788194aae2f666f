package dev.dockwright.rules.meta;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxErrorTest {
  private static final RuleTester T = RuleTester.of(SyntaxError.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine
        RUN make
        """,
        """
        FROM alpine
        # expect: DW1000 [1:1-1:10] "unknown instruction `RUNN`: did you mean `RUN`?"
        RUNN make
        """,
        """
        FROM centos:7
        RUN for i in *; do [ $i ==
        # expect: DW1000 [1:1-1:51] "the previous line probably lacks a line continuation"
        systemd-tmpfiles-setup.service ] || rm -f $i; done
        """,
        """
        FROM alpine
        # expect: DW1000 [1:11-1:12] "JSON array form takes strings only"
        CMD ["a", 1]
        """,
        """
        # expect: DW1000 [1:1-1:5] "FROM requires an image"
        FROM
        """,
        """
        FROM alpine
        # expect: DW1000 [1:5-1:10] "heredoc `EOF` is never closed"
        RUN <<EOF
        echo
        """,
        """
        FROM alpine
        # hadolint ignore=DL1000
        FOO bar
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
