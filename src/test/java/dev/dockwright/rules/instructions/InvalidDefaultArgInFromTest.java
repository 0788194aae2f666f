package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidDefaultArgInFromTest {
  private static final RuleTester T = RuleTester.of(InvalidDefaultArgInFrom.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        ARG TAG=3.20
        ARG IMAGE=alpine
        FROM ${IMAGE}:${TAG}
        FROM alpine:${TARGETARCH}
        ARG VARIANT
        FROM alpine${VARIANT:+-$VARIANT}:3.20
        FROM alpine:${TAG2:-3.20}
        """,
        """
        ARG TAG
        # expect: DW3031 [1:6-1:19] "with only the default values of its ARGs, `alpine:${TAG}` is `alpine:`, not a valid image reference: give `ARG TAG` a default value"
        FROM alpine:${TAG}
        """,
        """
        ARG IMAGE
        # expect: DW3031 [1:6-1:12] "`$IMAGE` is empty"
        FROM $IMAGE
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
