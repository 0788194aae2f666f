package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApkAddMissingNoCacheTest {
  private static final RuleTester T = RuleTester.of(ApkAddMissingNoCache.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        RUN apk add --no-cache curl
        RUN apk update && apk add git && rm -rf /var/cache/apk/*
        RUN apk add vim && apk cache clean
        RUN --mount=type=cache,target=/var/cache/apk apk add --update gcc
        RUN --mount=type=cache,target=/etc/apk/cache apk add make
        """,
        """
        FROM alpine:3.20
        # expect: DW4011 [1:5-1:12] "`apk add` without `--no-cache` keeps the package index in this layer: add `--no-cache`"
        RUN apk add curl
        """,
        """
        FROM alpine:3.20
        # expect: DW4011 [2:1-2:8] "`apk add`"
        RUN <<EOF
        apk add --update git
        EOF
        """,
        """
        FROM alpine:3.20
        # expect: DW4011 [1:13-1:20] "`apk add`"
        ONBUILD RUN apk add bash
        """,
        // a clean-up before the add removes nothing it writes
        """
        FROM alpine:3.20
        # expect: DW4011 [1:30-1:37] "`apk add`"
        RUN rm -rf /var/cache/apk && apk add curl
        # expect: DW4011 [1:22-1:29] "`apk add`"
        RUN apk cache clean; apk add git && apk add --no-cache vim
        # expect: DW4011 [1:46-1:53] "`apk add`"
        RUN --mount=type=cache,target=/var/cache/foo apk add make
        """);
  }

  /** hadolint's DL3019 accepts only --no-cache, and a cache or tmpfs mount whose target contains /var/cache/apk. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM alpine:3.20
        RUN --mount=type=tmpfs,target=/var/cache/apk/x apk add curl
        RUN rm -rf /var/cache/apk && apk add --no-cache curl
        """,
        """
        FROM alpine:3.20
        # expect: DW4011 [1:5-1:12] "`apk add`"
        RUN apk add vim && apk cache clean
        # expect: DW4011 [1:46-1:53] "`apk add`"
        RUN --mount=type=cache,target=/etc/apk/cache apk add make
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n"),
        Arguments.of("FROM alpine:3.20\nRUN apk update \\\n && apk add \\\n      curl\n",
            "FROM alpine:3.20\nRUN apk update \\\n && apk add --no-cache \\\n      curl\n"),
        Arguments.of("FROM alpine:3.20\nRUN <<EOF\napk add git\nEOF\n",
            "FROM alpine:3.20\nRUN <<EOF\napk add --no-cache git\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsNoCache(String before, String after) {
    T.fix(before, after);
  }
}
