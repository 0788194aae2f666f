package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LatestTagTest {
  private static final RuleTester T = RuleTester.of(LatestTag.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM ubuntu:22.04
        FROM ubuntu
        FROM ubuntu:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
        """,
        """
        # expect: DW3005 [1:13-1:19] "`ubuntu:latest` uses the `latest` tag: it changes whenever a new version is pushed; pin a version such as `ubuntu:<version>`"
        FROM ubuntu:latest AS base
        """,
        """
        # expect: DW3005 [1:29-1:35] "`registry:5000/team/app:latest` uses the `latest` tag"
        FROM registry:5000/team/app:latest
        """,
        """
        ARG TAG=latest
        # expect: DW3005 [1:6-1:17] "`node:latest` uses the `latest` tag (`node:${TAG}` resolves to `node:latest`)"
        FROM node:${TAG}
        """,
        """
        ARG TAG
        FROM node:${TAG}
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
