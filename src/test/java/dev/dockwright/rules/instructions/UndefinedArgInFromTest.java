package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UndefinedArgInFromTest {
  private static final RuleTester T = RuleTester.of(UndefinedArgInFrom.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        ARG VERSION=3.20
        ARG BASE
        FROM alpine:${VERSION}
        FROM --platform=$BUILDPLATFORM ${BASE}
        """,
        """
        ARG VERSION=3.20
        # expect: DW3029 [1:13-1:22] "`$VERSON` is not declared as a global ARG (an `ARG` before the first FROM), so it is always empty here: did you mean `$VERSION`?"
        FROM alpine:${VERSON}
        """,
        """
        FROM alpine:3.20
        ARG TAG=1
        # expect: DW3029 [1:13-1:17] "`$TAG` is not declared as a global ARG"
        FROM alpine:$TAG
        """,
        """
        # expect: DW3029 [1:17-1:26] "`$PLATFORM` is not declared"
        FROM --platform=$PLATFORM alpine:3.20
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
