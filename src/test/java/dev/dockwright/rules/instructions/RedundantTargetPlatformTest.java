package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RedundantTargetPlatformTest {
  private static final RuleTester T = RuleTester.of(RedundantTargetPlatform.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20
        FROM alpine:3.20
        """,
        """
        # expect: DW3008 [1:6-1:32] "`--platform=$TARGETPLATFORM` is redundant"
        FROM --platform=$TARGETPLATFORM alpine:3.20
        # expect: DW3008 [1:6-1:34] "`--platform=${TARGETPLATFORM}` is redundant"
        FROM --platform=${TARGETPLATFORM} alpine:3.20 AS b
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void dropsTheFlag() {
    T.fix("FROM --platform=$TARGETPLATFORM alpine:3.20\n", "FROM alpine:3.20\n");
    T.fix("FROM --platform=${TARGETPLATFORM} \\\n  alpine:3.20 AS base\n", "FROM alpine:3.20 AS base\n");
  }
}
