package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntrustedRegistryTest {
  private static final RuleTester T = RuleTester.of(UntrustedRegistry.class)
      .with(Settings.defaults().withTrustedRegistries(List.of("docker.io", "*.internal.example.com")));
  private static final RuleTester UNCONFIGURED = RuleTester.of(UntrustedRegistry.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM ubuntu:22.04 AS base
        FROM registry.internal.example.com/team/app:1 AS app
        FROM base
        COPY --from=app /x /x
        COPY --from=0 /x /x
        FROM scratch
        """,
        """
        # expect: DW3006 [1:6-1:13] "`ghcr.io/org/tool` comes from `ghcr.io`, which is not a trusted registry for FROM (trusted: `docker.io`, `*.internal.example.com`)"
        FROM ghcr.io/org/tool:1.0
        """,
        """
        ARG REGISTRY=quay.io
        # expect: DW3006 [1:6-1:23] "`quay.io/app` comes from `quay.io`"
        FROM ${REGISTRY}/app:2
        """,
        """
        FROM alpine:3.20
        # expect: DW3006 [1:13-1:19] "`gcr.io/distroless/base` comes from `gcr.io`, which is not a trusted registry for COPY --from"
        COPY --from=gcr.io/distroless/base:nonroot /etc/passwd /etc/passwd
        # expect: DW3006 [1:28-1:34] "for RUN --mount from="
        RUN --mount=type=bind,from=gcr.io/tools/x:1,target=/t ls /t
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @org.junit.jupiter.api.Test
  void silentWithoutConfiguration() {
    UNCONFIGURED.check("FROM ghcr.io/org/tool:1.0\n");
  }

  @org.junit.jupiter.api.Test
  void aFileCanStateItsOwnPolicy() {
    UNCONFIGURED.check("""
        # dockwright trusted-registries=ghcr.io
        FROM ghcr.io/org/tool:1.0
        # expect: DW3006 "`alpine` comes from Docker Hub (`docker.io`), which is not a trusted registry for FROM (trusted: `ghcr.io`)"
        FROM alpine:3.20
        """);
  }
}
