package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FinalUserRootTest {
  private static final RuleTester T = RuleTester.of(FinalUserRoot.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM golang:1.22 AS build
        USER root
        RUN make
        FROM alpine:3.20
        USER root
        RUN apk add curl
        USER 1000
        """,
        """
        FROM alpine:3.20
        """,
        """
        FROM alpine:3.20
        USER app
        # expect: DW3026 [1:6-1:10] "the image runs as root: `USER root` is the last USER"
        USER root
        """,
        """
        FROM alpine:3.20 AS base
        # expect: DW3026 [1:6-1:9] "`USER 0:0` is the last USER (in stage base, which the final stage is built from)"
        USER 0:0
        FROM base
        RUN id
        """,
        """
        FROM alpine:3.20
        ARG RUNAS=root
        # expect: DW3026 [1:6-1:12] "(`$RUNAS` resolves to `root`)"
        USER $RUNAS
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }


  /** compat: hadolint gives DL3002's verdict: each stage whose last USER is root, the builder too. */
  @Test
  void hadolintCompatReportsEveryStageThatEndsAsRoot() {
    T.with(Settings.defaults().withHadolintCompat(true)).check("""
        FROM golang:1.22 AS build
        # expect: DW3026 [1:6-1:10] "`USER root` is the last USER of stage build: hadolint's DL3002 reports a stage that ends as root (compat: hadolint)"
        USER root
        FROM alpine:3.20
        USER root
        RUN apk add curl
        USER 1000
        """);
  }
}
