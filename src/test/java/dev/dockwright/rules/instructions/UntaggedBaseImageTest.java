package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntaggedBaseImageTest {
  private static final RuleTester T = RuleTester.of(UntaggedBaseImage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM ubuntu:22.04
        FROM scratch
        FROM ubuntu@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        """,
        """
        # expect: DW3004 [1:6-1:12] "`ubuntu` has no tag: pin a version, e.g. `ubuntu:<version>`"
        FROM ubuntu
        """,
        """
        # expect: DW3004 [1:32-1:38] "`golang` has no tag"
        FROM --platform=$BUILDPLATFORM golang AS build
        FROM build
        """,
        """
        ARG IMAGE=ubuntu
        # expect: DW3004 [1:6-1:12] "`ubuntu` has no tag (`$IMAGE` resolves to `ubuntu`)"
        FROM $IMAGE
        """,
        """
        ARG IMAGE
        FROM $IMAGE
        ARG TAG=3.20
        FROM alpine:${TAG}
        """,
        """
        FROM alpine:3.20 AS base
        FROM base AS test
        FROM BASE
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
