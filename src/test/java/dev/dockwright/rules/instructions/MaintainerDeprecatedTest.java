package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MaintainerDeprecatedTest {
  private static final RuleTester T = RuleTester.of(MaintainerDeprecated.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine
        LABEL maintainer="Jane"
        """,
        """
        FROM alpine
        # expect: DW3000 [1:1-1:11] "`MAINTAINER` is deprecated: use `LABEL maintainer="Jane Doe <jane@example.com>"` instead"
        MAINTAINER Jane Doe <jane@example.com>
        """,
        """
        FROM alpine
        # expect: DW3000 [1:9-1:19] "`MAINTAINER` is deprecated"
        ONBUILD maintainer x
        """,
        """
        FROM alpine
        # hadolint ignore=DL4000
        MAINTAINER Jane
        """,
        """
        FROM alpine
        # check=skip=MaintainerDeprecated
        MAINTAINER Jane
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void rewritesAsLabelOnlyWithUnsafeFixes() {
    T.unsafeFix("FROM alpine\nMAINTAINER Jane \"JD\" Doe\n", "FROM alpine\nLABEL maintainer=\"Jane \\\"JD\\\" Doe\"\n");
  }
}
