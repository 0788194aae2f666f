package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConstantPlatformFlagTest {
  private static final RuleTester T = RuleTester.of(ConstantPlatformFlag.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM --platform=$BUILDPLATFORM golang:1.22 AS build
        FROM --platform=${TARGETPLATFORM} alpine:3.20
        ARG PLATFORM=linux/arm64
        FROM --platform=$PLATFORM alpine:3.20
        FROM --platform=linux/arm64 alpine:3.20 AS build-arm64
        FROM --platform=linux/amd64 alpine:3.20 AS linux-builder
        """,
        """
        # expect: DW3007 [1:17-1:28] "`--platform=linux/amd64` pins this stage to one platform"
        FROM --platform=linux/amd64 alpine:3.20 AS base
        """,
        """
        # check=skip=FromPlatformFlagConstDisallowed
        FROM --platform=linux/amd64 alpine:3.20
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** compat: hadolint gives DL3029's verdict: a build argument or a platform-named stage is not enough. */
  @Test
  void hadolintCompatAcceptsOnlyTheAutomaticPlatforms() {
    RuleTester.of(ConstantPlatformFlag.class).with(Settings.defaults().withHadolintCompat(true)).check("""
        ARG PLATFORM=linux/amd64
        # expect: DW3007 [1:17-1:26] "`--platform=$PLATFORM` pins this stage: hadolint's DL3029 accepts only `$BUILDPLATFORM` and `$TARGETPLATFORM` (compat: hadolint)"
        FROM --platform=$PLATFORM alpine:3.20 AS one
        FROM --platform=${BUILDPLATFORM:-} golang:1.22 AS build
        FROM --platform="$TARGETPLATFORM" alpine:3.20
        """);
  }
}
