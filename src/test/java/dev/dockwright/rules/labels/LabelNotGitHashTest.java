package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotGitHashTest {
  private static final RuleTester T = RuleTester.of(LabelNotGitHash.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # dockwright label-schema=revision:hash
        FROM alpine:3.20
        LABEL revision=0123abc
        LABEL revision=0123456789abcdef0123456789abcdef01234567
        """,
        """
        # dockwright label-schema=revision:hash
        FROM alpine:3.20
        # expect: DW5007 [1:16-1:23] "label `revision` should be a git commit hash (7 or 40 lowercase hex digits), but is `ABCDEF0`"
        LABEL revision=ABCDEF0
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
