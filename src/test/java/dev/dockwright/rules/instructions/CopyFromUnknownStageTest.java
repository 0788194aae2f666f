package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyFromUnknownStageTest {
  private static final RuleTester T = RuleTester.of(CopyFromUnknownStage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM golang:1.22 AS build
        FROM alpine:3.20
        COPY --from=build /out /out
        COPY --from=BUILD /out /out
        COPY --from=0 /out /out
        COPY --from=nginx:1.27 /etc/nginx /etc/nginx
        COPY --from=nginx /etc/nginx /etc/nginx
        """,
        """
        FROM golang:1.22 AS builder
        FROM alpine:3.20
        # expect: DW3009 [1:13-1:20] "`buidler` is not a stage of this file, so it is pulled as the image `buidler`: did you mean the stage `builder`?"
        COPY --from=buidler /out /out
        """,
        """
        FROM alpine:3.20 AS first
        # expect: DW3009 [1:13-1:18] "stage `later` is defined after this one"
        COPY --from=later /x /x
        # expect: DW3009 [1:13-1:14] "stage #1 comes after this one"
        COPY --from=1 /x /x
        # expect: DW3009 [1:13-1:14] "there is no stage #7: this file has 2 stages, numbered from 0"
        COPY --from=7 /x /x
        FROM alpine:3.20 AS later
        """,
        """
        ARG STAGE=build
        FROM golang:1.22 AS build
        FROM alpine:3.20
        ARG STAGE
        # expect: DW3009 [1:13-1:19] "BuildKit does not expand variables in `--from` (here it would be `build`), so the build fails"
        COPY --from=$STAGE /out /out
        # expect: DW3009 [1:13-1:19] "BuildKit does not expand variables in `--from`, so the build fails"
        COPY --from=$OTHER /out /out
        """,
        // hadolint's cases: a forward alias is reported; an earlier alias, an external image and an index are not
        """
        FROM scratch
        # expect: DW3009 [1:13-1:18] "stage `build` is defined after this one"
        COPY --from=build foo .
        FROM node:22 AS build
        RUN baz
        FROM scratch AS base
        RUN foo
        FROM node:22
        COPY --from=base foo .
        COPY --from=0 foo .
        COPY --from=haskell:latest bar .
        """,
        // a plain name that resembles no stage is an image or a named build context (`--build-context src=...`)
        """
        FROM alpine:3.20
        COPY --from=foo bar .
        COPY --from=src . /src
        COPY --from=library/nginx /etc/nginx /etc/nginx
        """);
  }

  /** hadolint's verdicts: every value without `:` that is no alias so far, as written; variables not expanded. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM golang:1.22 AS build
        FROM alpine:3.20
        COPY --from=build /out /out
        # expect: DW3009 [1:13-1:18] "`BUILD` is written `build` where the stage is defined: hadolint compares stage names as written"
        COPY --from=BUILD /out /out
        COPY --from=0 /out /out
        COPY --from=1 /out /out
        COPY --from=nginx:1.27 /etc/nginx /etc/nginx
        COPY --from=localhost:5000/tool /x /x
        # expect: DW3009 [1:13-1:18] "`nginx` is not a stage defined before this one: `COPY --from` should name one"
        COPY --from=nginx /etc/nginx /etc/nginx
        # expect: DW3009 [1:13-1:26] "`library/nginx` is not a stage defined before this one"
        COPY --from=library/nginx /etc/nginx /etc/nginx
        # expect: DW3009 [1:13-1:18] "`buidl` is not a stage of this file, so it is pulled as the image `buidl`: did you mean the stage `build`?"
        COPY --from=buidl /out /out
        # expect: DW3009 [1:13-1:14] "there is no stage #2"
        COPY --from=2 /out /out
        ARG TAG=1.27
        COPY --from=nginx:$TAG /etc/nginx /etc/nginx
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
